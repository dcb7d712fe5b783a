/** The file's bytes, or null when it does not exist; any other failure is the caller's to report. */
export declare function readFileIfExists(file: string): Buffer | null;
