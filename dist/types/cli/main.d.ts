import { type CliIo } from './io.js';
export declare function main(argv: string[], io: CliIo): Promise<number>;
