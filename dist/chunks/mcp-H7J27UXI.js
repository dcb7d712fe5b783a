import { createRequire as __mgpCreateRequire } from 'node:module';
const require = __mgpCreateRequire(import.meta.url);
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  HttpListenError,
  JSONRPCMessageSchema,
  ListPromptsRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  PackLoadError,
  PackSource,
  Protocol,
  ReadResourceRequestSchema,
  Server,
  ZodOptional,
  _enum,
  array,
  assertCompleteRequestPrompt,
  assertCompleteRequestResourceTemplate,
  boolean,
  getLiteralValue,
  getObjectShape,
  getParseErrorMessage,
  getSchemaDescription,
  isSchemaOptional,
  listenStreamableHttp,
  literal,
  looseObject,
  normalizeObjectSchema,
  object,
  objectFromShape,
  openDecisionLogOption,
  parseListenAddress,
  readTokenFile,
  record,
  safeParseAsync,
  strictObject,
  string,
  toJsonSchemaCompat,
  unknown,
  watchPackFile
} from "./chunk-YCWPMT2P.js";
import {
  packIndexCacheOption
} from "./chunk-KTBPLMYY.js";
import {
  readApprovalKeys
} from "./chunk-H63G3AEV.js";
import {
  listOpt,
  parseCommandArgs,
  requireOpt,
  stringOpt
} from "./chunk-LQIVBWD2.js";
import {
  EXIT_OK,
  EXIT_POLICY,
  UsageError
} from "./chunk-W634JM7Y.js";
import "./chunk-H7BLAGEH.js";
import {
  VERSION
} from "./chunk-6K3DM747.js";
import {
  CHECK_NAMES,
  DECISIONS,
  REASON_CODES,
  boundedJson
} from "./chunk-M7EAQHFK.js";
import "./chunk-3E2C7ZGU.js";
import "./chunk-P25BMAAV.js";
import "./chunk-YXQSOUEQ.js";
import "./chunk-MHXBMGPT.js";
import "./chunk-5TZFI64R.js";

// src/cli/commands/mcp.ts
import { Console } from "node:console";
import path from "node:path";

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/completable.js
var COMPLETABLE_SYMBOL = /* @__PURE__ */ Symbol.for("mcp.completable");
function isCompletable(schema) {
  return !!schema && typeof schema === "object" && COMPLETABLE_SYMBOL in schema;
}
function getCompleter(schema) {
  const meta = schema[COMPLETABLE_SYMBOL];
  return meta?.complete;
}
var McpZodTypeKind;
(function(McpZodTypeKind2) {
  McpZodTypeKind2["Completable"] = "McpCompletable";
})(McpZodTypeKind || (McpZodTypeKind = {}));

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/toolNameValidation.js
var TOOL_NAME_REGEX = /^[A-Za-z0-9._-]{1,128}$/;
function validateToolName(name) {
  const warnings = [];
  if (name.length === 0) {
    return {
      isValid: false,
      warnings: ["Tool name cannot be empty"]
    };
  }
  if (name.length > 128) {
    return {
      isValid: false,
      warnings: [`Tool name exceeds maximum length of 128 characters (current: ${name.length})`]
    };
  }
  if (name.includes(" ")) {
    warnings.push("Tool name contains spaces, which may cause parsing issues");
  }
  if (name.includes(",")) {
    warnings.push("Tool name contains commas, which may cause parsing issues");
  }
  if (name.startsWith("-") || name.endsWith("-")) {
    warnings.push("Tool name starts or ends with a dash, which may cause parsing issues in some contexts");
  }
  if (name.startsWith(".") || name.endsWith(".")) {
    warnings.push("Tool name starts or ends with a dot, which may cause parsing issues in some contexts");
  }
  if (!TOOL_NAME_REGEX.test(name)) {
    const invalidChars = name.split("").filter((char) => !/[A-Za-z0-9._-]/.test(char)).filter((char, index, arr) => arr.indexOf(char) === index);
    warnings.push(`Tool name contains invalid characters: ${invalidChars.map((c) => `"${c}"`).join(", ")}`, "Allowed characters are: A-Z, a-z, 0-9, underscore (_), dash (-), and dot (.)");
    return {
      isValid: false,
      warnings
    };
  }
  return {
    isValid: true,
    warnings
  };
}
function issueToolNameWarning(name, warnings) {
  if (warnings.length > 0) {
    console.warn(`Tool name validation warning for "${name}":`);
    for (const warning of warnings) {
      console.warn(`  - ${warning}`);
    }
    console.warn("Tool registration will proceed, but this may cause compatibility issues.");
    console.warn("Consider updating the tool name to conform to the MCP tool naming standard.");
    console.warn("See SEP: Specify Format for Tool Names (https://github.com/modelcontextprotocol/modelcontextprotocol/issues/986) for more details.");
  }
}
function validateAndWarnToolName(name) {
  const result = validateToolName(name);
  issueToolNameWarning(name, result.warnings);
  return result.isValid;
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/mcp-server.js
var ExperimentalMcpServerTasks = class {
  constructor(_mcpServer) {
    this._mcpServer = _mcpServer;
  }
  registerToolTask(name, config, handler) {
    const execution = { taskSupport: "required", ...config.execution };
    if (execution.taskSupport === "forbidden") {
      throw new Error(`Cannot register task-based tool '${name}' with taskSupport 'forbidden'. Use registerTool() instead.`);
    }
    const mcpServerInternal = this._mcpServer;
    return mcpServerInternal._createRegisteredTool(name, config.title, config.description, config.inputSchema, config.outputSchema, config.annotations, execution, config._meta, handler);
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js
function toolInputElementCount(value, max) {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object")
      continue;
    if (Array.isArray(node)) {
      for (const child of node) {
        if (++count > max)
          return count;
        if (child !== null && typeof child === "object")
          stack.push(child);
      }
    } else {
      for (const key in node) {
        if (!Object.prototype.hasOwnProperty.call(node, key))
          continue;
        if (++count > max)
          return count;
        const child = node[key];
        if (child !== null && typeof child === "object")
          stack.push(child);
      }
    }
  }
  return count;
}
function resolveMaxToolInputElements(value) {
  if (value === void 0 || value === Infinity)
    return void 0;
  if (typeof value !== "number" || Number.isNaN(value) || value < 1) {
    throw new RangeError(`maxToolInputElements must be a number of at least 1, or Infinity, got ${String(value)}`);
  }
  return value;
}
var McpServer = class {
  constructor(serverInfo, options) {
    this._registeredResources = {};
    this._registeredResourceTemplates = {};
    this._registeredTools = {};
    this._registeredPrompts = {};
    this._toolHandlersInitialized = false;
    this._completionHandlerInitialized = false;
    this._resourceHandlersInitialized = false;
    this._promptHandlersInitialized = false;
    this.server = new Server(serverInfo, options);
    this._maxToolInputElements = resolveMaxToolInputElements(options?.maxToolInputElements);
    if (options?.capabilities?.tools) {
      this.setToolRequestHandlers();
    }
    if (options?.capabilities?.resources) {
      this.setResourceRequestHandlers();
    }
    if (options?.capabilities?.prompts) {
      this.setPromptRequestHandlers();
    }
  }
  /**
   * Access experimental features.
   *
   * WARNING: These APIs are experimental and may change without notice.
   *
   * @experimental
   */
  get experimental() {
    if (!this._experimental) {
      this._experimental = {
        tasks: new ExperimentalMcpServerTasks(this)
      };
    }
    return this._experimental;
  }
  /**
   * Attaches to the given transport, starts it, and starts listening for messages.
   *
   * The `server` object assumes ownership of the Transport, replacing any callbacks that have already been set, and expects that it is the only user of the Transport instance going forward.
   */
  async connect(transport) {
    return await this.server.connect(transport);
  }
  /**
   * Closes the connection.
   */
  async close() {
    await this.server.close();
  }
  setToolRequestHandlers() {
    if (this._toolHandlersInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(ListToolsRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(CallToolRequestSchema));
    this.server.registerCapabilities({
      tools: {
        listChanged: true
      }
    });
    this.server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: Object.entries(this._registeredTools).filter(([, tool]) => tool.enabled).map(([name, tool]) => {
        const toolDefinition = {
          name,
          title: tool.title,
          description: tool.description,
          inputSchema: (() => {
            const obj = normalizeObjectSchema(tool.inputSchema);
            return obj ? toJsonSchemaCompat(obj, {
              strictUnions: true,
              pipeStrategy: "input"
            }) : EMPTY_OBJECT_JSON_SCHEMA;
          })(),
          annotations: tool.annotations,
          execution: tool.execution,
          _meta: tool._meta
        };
        if (tool.outputSchema) {
          const obj = normalizeObjectSchema(tool.outputSchema);
          if (obj) {
            toolDefinition.outputSchema = toJsonSchemaCompat(obj, {
              strictUnions: true,
              pipeStrategy: "output"
            });
          }
        }
        return toolDefinition;
      })
    }));
    this.server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
      try {
        const tool = this._registeredTools[request.params.name];
        if (!tool) {
          throw new McpError(ErrorCode.InvalidParams, `Tool ${request.params.name} not found`);
        }
        if (!tool.enabled) {
          throw new McpError(ErrorCode.InvalidParams, `Tool ${request.params.name} disabled`);
        }
        const isTaskRequest = !!request.params.task;
        const taskSupport = tool.execution?.taskSupport;
        const isTaskHandler = "createTask" in tool.handler;
        if ((taskSupport === "required" || taskSupport === "optional") && !isTaskHandler) {
          throw new McpError(ErrorCode.InternalError, `Tool ${request.params.name} has taskSupport '${taskSupport}' but was not registered with registerToolTask`);
        }
        if (taskSupport === "required" && !isTaskRequest) {
          throw new McpError(ErrorCode.MethodNotFound, `Tool ${request.params.name} requires task augmentation (taskSupport: 'required')`);
        }
        if (taskSupport === "optional" && !isTaskRequest && isTaskHandler) {
          return await this.handleAutomaticTaskPolling(tool, request, extra);
        }
        const args = await this.validateToolInput(tool, request.params.arguments, request.params.name);
        const result = await this.executeToolHandler(tool, args, extra);
        if (isTaskRequest) {
          return result;
        }
        await this.validateToolOutput(tool, result, request.params.name);
        return result;
      } catch (error) {
        if (error instanceof McpError) {
          if (error.code === ErrorCode.UrlElicitationRequired) {
            throw error;
          }
        }
        return this.createToolError(error instanceof Error ? error.message : String(error));
      }
    });
    this._toolHandlersInitialized = true;
  }
  /**
   * Creates a tool error result.
   *
   * @param errorMessage - The error message.
   * @returns The tool error result.
   */
  createToolError(errorMessage) {
    return {
      content: [
        {
          type: "text",
          text: errorMessage
        }
      ],
      isError: true
    };
  }
  /**
   * Validates tool input arguments against the tool's input schema.
   */
  async validateToolInput(tool, args, toolName) {
    if (this._maxToolInputElements !== void 0 && toolInputElementCount(args, this._maxToolInputElements) > this._maxToolInputElements) {
      throw new McpError(ErrorCode.InvalidParams, `Invalid arguments for tool ${toolName}: arguments contain more than the maximum of ${this._maxToolInputElements} elements`);
    }
    if (!tool.inputSchema) {
      return void 0;
    }
    const inputObj = normalizeObjectSchema(tool.inputSchema);
    const schemaToParse = inputObj ?? tool.inputSchema;
    const parseResult = await safeParseAsync(schemaToParse, args ?? {});
    if (!parseResult.success) {
      const error = "error" in parseResult ? parseResult.error : "Unknown error";
      const errorMessage = getParseErrorMessage(error);
      throw new McpError(ErrorCode.InvalidParams, `Input validation error: Invalid arguments for tool ${toolName}: ${errorMessage}`);
    }
    return parseResult.data;
  }
  /**
   * Validates tool output against the tool's output schema.
   */
  async validateToolOutput(tool, result, toolName) {
    if (!tool.outputSchema) {
      return;
    }
    if (!("content" in result)) {
      return;
    }
    if (result.isError) {
      return;
    }
    if (!result.structuredContent) {
      throw new McpError(ErrorCode.InvalidParams, `Output validation error: Tool ${toolName} has an output schema but no structured content was provided`);
    }
    const outputObj = normalizeObjectSchema(tool.outputSchema);
    const parseResult = await safeParseAsync(outputObj, result.structuredContent);
    if (!parseResult.success) {
      const error = "error" in parseResult ? parseResult.error : "Unknown error";
      const errorMessage = getParseErrorMessage(error);
      throw new McpError(ErrorCode.InvalidParams, `Output validation error: Invalid structured content for tool ${toolName}: ${errorMessage}`);
    }
  }
  /**
   * Executes a tool handler (either regular or task-based).
   */
  async executeToolHandler(tool, args, extra) {
    const handler = tool.handler;
    const isTaskHandler = "createTask" in handler;
    if (isTaskHandler) {
      if (!extra.taskStore) {
        throw new Error("No task store provided.");
      }
      const taskExtra = { ...extra, taskStore: extra.taskStore };
      if (tool.inputSchema) {
        const typedHandler = handler;
        return await Promise.resolve(typedHandler.createTask(args, taskExtra));
      } else {
        const typedHandler = handler;
        return await Promise.resolve(typedHandler.createTask(taskExtra));
      }
    }
    if (tool.inputSchema) {
      const typedHandler = handler;
      return await Promise.resolve(typedHandler(args, extra));
    } else {
      const typedHandler = handler;
      return await Promise.resolve(typedHandler(extra));
    }
  }
  /**
   * Handles automatic task polling for tools with taskSupport 'optional'.
   */
  async handleAutomaticTaskPolling(tool, request, extra) {
    if (!extra.taskStore) {
      throw new Error("No task store provided for task-capable tool.");
    }
    const args = await this.validateToolInput(tool, request.params.arguments, request.params.name);
    const handler = tool.handler;
    const taskExtra = { ...extra, taskStore: extra.taskStore };
    const createTaskResult = args ? await Promise.resolve(handler.createTask(args, taskExtra)) : (
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await Promise.resolve(handler.createTask(taskExtra))
    );
    const taskId = createTaskResult.task.taskId;
    let task = createTaskResult.task;
    const pollInterval = task.pollInterval ?? 5e3;
    while (task.status !== "completed" && task.status !== "failed" && task.status !== "cancelled") {
      await new Promise((resolve) => setTimeout(resolve, pollInterval));
      const updatedTask = await extra.taskStore.getTask(taskId);
      if (!updatedTask) {
        throw new McpError(ErrorCode.InternalError, `Task ${taskId} not found during polling`);
      }
      task = updatedTask;
    }
    return await extra.taskStore.getTaskResult(taskId);
  }
  setCompletionRequestHandler() {
    if (this._completionHandlerInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(CompleteRequestSchema));
    this.server.registerCapabilities({
      completions: {}
    });
    this.server.setRequestHandler(CompleteRequestSchema, async (request) => {
      switch (request.params.ref.type) {
        case "ref/prompt":
          assertCompleteRequestPrompt(request);
          return this.handlePromptCompletion(request, request.params.ref);
        case "ref/resource":
          assertCompleteRequestResourceTemplate(request);
          return this.handleResourceCompletion(request, request.params.ref);
        default:
          throw new McpError(ErrorCode.InvalidParams, `Invalid completion reference: ${request.params.ref}`);
      }
    });
    this._completionHandlerInitialized = true;
  }
  async handlePromptCompletion(request, ref) {
    const prompt = this._registeredPrompts[ref.name];
    if (!prompt) {
      throw new McpError(ErrorCode.InvalidParams, `Prompt ${ref.name} not found`);
    }
    if (!prompt.enabled) {
      throw new McpError(ErrorCode.InvalidParams, `Prompt ${ref.name} disabled`);
    }
    if (!prompt.argsSchema) {
      return EMPTY_COMPLETION_RESULT;
    }
    const promptShape = getObjectShape(prompt.argsSchema);
    const field = promptShape?.[request.params.argument.name];
    if (!isCompletable(field)) {
      return EMPTY_COMPLETION_RESULT;
    }
    const completer = getCompleter(field);
    if (!completer) {
      return EMPTY_COMPLETION_RESULT;
    }
    const suggestions = await completer(request.params.argument.value, request.params.context);
    return createCompletionResult(suggestions);
  }
  async handleResourceCompletion(request, ref) {
    const template = Object.values(this._registeredResourceTemplates).find((t) => t.resourceTemplate.uriTemplate.toString() === ref.uri);
    if (!template) {
      if (this._registeredResources[ref.uri]) {
        return EMPTY_COMPLETION_RESULT;
      }
      throw new McpError(ErrorCode.InvalidParams, `Resource template ${request.params.ref.uri} not found`);
    }
    const completer = template.resourceTemplate.completeCallback(request.params.argument.name);
    if (!completer) {
      return EMPTY_COMPLETION_RESULT;
    }
    const suggestions = await completer(request.params.argument.value, request.params.context);
    return createCompletionResult(suggestions);
  }
  setResourceRequestHandlers() {
    if (this._resourceHandlersInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(ListResourcesRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(ListResourceTemplatesRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(ReadResourceRequestSchema));
    this.server.registerCapabilities({
      resources: {
        listChanged: true
      }
    });
    this.server.setRequestHandler(ListResourcesRequestSchema, async (request, extra) => {
      const resources = Object.entries(this._registeredResources).filter(([_, resource]) => resource.enabled).map(([uri, resource]) => ({
        uri,
        name: resource.name,
        ...resource.metadata
      }));
      const templateResources = [];
      for (const template of Object.values(this._registeredResourceTemplates)) {
        if (!template.resourceTemplate.listCallback) {
          continue;
        }
        const result = await template.resourceTemplate.listCallback(extra);
        for (const resource of result.resources) {
          templateResources.push({
            ...template.metadata,
            // the defined resource metadata should override the template metadata if present
            ...resource
          });
        }
      }
      return { resources: [...resources, ...templateResources] };
    });
    this.server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => {
      const resourceTemplates = Object.entries(this._registeredResourceTemplates).map(([name, template]) => ({
        name,
        uriTemplate: template.resourceTemplate.uriTemplate.toString(),
        ...template.metadata
      }));
      return { resourceTemplates };
    });
    this.server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
      const uri = new URL(request.params.uri);
      const resource = this._registeredResources[uri.toString()];
      if (resource) {
        if (!resource.enabled) {
          throw new McpError(ErrorCode.InvalidParams, `Resource ${uri} disabled`);
        }
        return resource.readCallback(uri, extra);
      }
      for (const template of Object.values(this._registeredResourceTemplates)) {
        const variables = template.resourceTemplate.uriTemplate.match(uri.toString());
        if (variables) {
          return template.readCallback(uri, variables, extra);
        }
      }
      throw new McpError(ErrorCode.InvalidParams, `Resource ${uri} not found`);
    });
    this._resourceHandlersInitialized = true;
  }
  setPromptRequestHandlers() {
    if (this._promptHandlersInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(ListPromptsRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(GetPromptRequestSchema));
    this.server.registerCapabilities({
      prompts: {
        listChanged: true
      }
    });
    this.server.setRequestHandler(ListPromptsRequestSchema, () => ({
      prompts: Object.entries(this._registeredPrompts).filter(([, prompt]) => prompt.enabled).map(([name, prompt]) => {
        return {
          name,
          title: prompt.title,
          description: prompt.description,
          arguments: prompt.argsSchema ? promptArgumentsFromSchema(prompt.argsSchema) : void 0
        };
      })
    }));
    this.server.setRequestHandler(GetPromptRequestSchema, async (request, extra) => {
      const prompt = this._registeredPrompts[request.params.name];
      if (!prompt) {
        throw new McpError(ErrorCode.InvalidParams, `Prompt ${request.params.name} not found`);
      }
      if (!prompt.enabled) {
        throw new McpError(ErrorCode.InvalidParams, `Prompt ${request.params.name} disabled`);
      }
      if (prompt.argsSchema) {
        const argsObj = normalizeObjectSchema(prompt.argsSchema);
        const parseResult = await safeParseAsync(argsObj, request.params.arguments ?? {});
        if (!parseResult.success) {
          const error = "error" in parseResult ? parseResult.error : "Unknown error";
          const errorMessage = getParseErrorMessage(error);
          throw new McpError(ErrorCode.InvalidParams, `Invalid arguments for prompt ${request.params.name}: ${errorMessage}`);
        }
        const args = parseResult.data;
        const cb = prompt.callback;
        return await Promise.resolve(cb(args, extra));
      } else {
        const cb = prompt.callback;
        return await Promise.resolve(cb(extra));
      }
    });
    this._promptHandlersInitialized = true;
  }
  resource(name, uriOrTemplate, ...rest) {
    let metadata;
    if (typeof rest[0] === "object") {
      metadata = rest.shift();
    }
    const readCallback = rest[0];
    if (typeof uriOrTemplate === "string") {
      if (this._registeredResources[uriOrTemplate]) {
        throw new Error(`Resource ${uriOrTemplate} is already registered`);
      }
      const registeredResource = this._createRegisteredResource(name, void 0, uriOrTemplate, metadata, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResource;
    } else {
      if (this._registeredResourceTemplates[name]) {
        throw new Error(`Resource template ${name} is already registered`);
      }
      const registeredResourceTemplate = this._createRegisteredResourceTemplate(name, void 0, uriOrTemplate, metadata, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResourceTemplate;
    }
  }
  registerResource(name, uriOrTemplate, config, readCallback) {
    if (typeof uriOrTemplate === "string") {
      if (this._registeredResources[uriOrTemplate]) {
        throw new Error(`Resource ${uriOrTemplate} is already registered`);
      }
      const registeredResource = this._createRegisteredResource(name, config.title, uriOrTemplate, config, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResource;
    } else {
      if (this._registeredResourceTemplates[name]) {
        throw new Error(`Resource template ${name} is already registered`);
      }
      const registeredResourceTemplate = this._createRegisteredResourceTemplate(name, config.title, uriOrTemplate, config, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResourceTemplate;
    }
  }
  _createRegisteredResource(name, title, uri, metadata, readCallback) {
    const registeredResource = {
      name,
      title,
      metadata,
      readCallback,
      enabled: true,
      disable: () => registeredResource.update({ enabled: false }),
      enable: () => registeredResource.update({ enabled: true }),
      remove: () => registeredResource.update({ uri: null }),
      update: (updates) => {
        if (typeof updates.uri !== "undefined" && updates.uri !== uri) {
          delete this._registeredResources[uri];
          if (updates.uri)
            this._registeredResources[updates.uri] = registeredResource;
        }
        if (typeof updates.name !== "undefined")
          registeredResource.name = updates.name;
        if (typeof updates.title !== "undefined")
          registeredResource.title = updates.title;
        if (typeof updates.metadata !== "undefined")
          registeredResource.metadata = updates.metadata;
        if (typeof updates.callback !== "undefined")
          registeredResource.readCallback = updates.callback;
        if (typeof updates.enabled !== "undefined")
          registeredResource.enabled = updates.enabled;
        this.sendResourceListChanged();
      }
    };
    this._registeredResources[uri] = registeredResource;
    return registeredResource;
  }
  _createRegisteredResourceTemplate(name, title, template, metadata, readCallback) {
    const registeredResourceTemplate = {
      resourceTemplate: template,
      title,
      metadata,
      readCallback,
      enabled: true,
      disable: () => registeredResourceTemplate.update({ enabled: false }),
      enable: () => registeredResourceTemplate.update({ enabled: true }),
      remove: () => registeredResourceTemplate.update({ name: null }),
      update: (updates) => {
        if (typeof updates.name !== "undefined" && updates.name !== name) {
          delete this._registeredResourceTemplates[name];
          if (updates.name)
            this._registeredResourceTemplates[updates.name] = registeredResourceTemplate;
        }
        if (typeof updates.title !== "undefined")
          registeredResourceTemplate.title = updates.title;
        if (typeof updates.template !== "undefined")
          registeredResourceTemplate.resourceTemplate = updates.template;
        if (typeof updates.metadata !== "undefined")
          registeredResourceTemplate.metadata = updates.metadata;
        if (typeof updates.callback !== "undefined")
          registeredResourceTemplate.readCallback = updates.callback;
        if (typeof updates.enabled !== "undefined")
          registeredResourceTemplate.enabled = updates.enabled;
        this.sendResourceListChanged();
      }
    };
    this._registeredResourceTemplates[name] = registeredResourceTemplate;
    const variableNames = template.uriTemplate.variableNames;
    const hasCompleter = Array.isArray(variableNames) && variableNames.some((v) => !!template.completeCallback(v));
    if (hasCompleter) {
      this.setCompletionRequestHandler();
    }
    return registeredResourceTemplate;
  }
  _createRegisteredPrompt(name, title, description, argsSchema, callback) {
    const registeredPrompt = {
      title,
      description,
      argsSchema: argsSchema === void 0 ? void 0 : objectFromShape(argsSchema),
      callback,
      enabled: true,
      disable: () => registeredPrompt.update({ enabled: false }),
      enable: () => registeredPrompt.update({ enabled: true }),
      remove: () => registeredPrompt.update({ name: null }),
      update: (updates) => {
        if (typeof updates.name !== "undefined" && updates.name !== name) {
          delete this._registeredPrompts[name];
          if (updates.name)
            this._registeredPrompts[updates.name] = registeredPrompt;
        }
        if (typeof updates.title !== "undefined")
          registeredPrompt.title = updates.title;
        if (typeof updates.description !== "undefined")
          registeredPrompt.description = updates.description;
        if (typeof updates.argsSchema !== "undefined")
          registeredPrompt.argsSchema = objectFromShape(updates.argsSchema);
        if (typeof updates.callback !== "undefined")
          registeredPrompt.callback = updates.callback;
        if (typeof updates.enabled !== "undefined")
          registeredPrompt.enabled = updates.enabled;
        this.sendPromptListChanged();
      }
    };
    this._registeredPrompts[name] = registeredPrompt;
    if (argsSchema) {
      const hasCompletable = Object.values(argsSchema).some((field) => {
        const inner = field instanceof ZodOptional ? field._def?.innerType : field;
        return isCompletable(inner);
      });
      if (hasCompletable) {
        this.setCompletionRequestHandler();
      }
    }
    return registeredPrompt;
  }
  _createRegisteredTool(name, title, description, inputSchema, outputSchema, annotations, execution, _meta, handler) {
    validateAndWarnToolName(name);
    const registeredTool = {
      title,
      description,
      inputSchema: getZodSchemaObject(inputSchema),
      outputSchema: getZodSchemaObject(outputSchema),
      annotations,
      execution,
      _meta,
      handler,
      enabled: true,
      disable: () => registeredTool.update({ enabled: false }),
      enable: () => registeredTool.update({ enabled: true }),
      remove: () => registeredTool.update({ name: null }),
      update: (updates) => {
        if (typeof updates.name !== "undefined" && updates.name !== name) {
          if (typeof updates.name === "string") {
            validateAndWarnToolName(updates.name);
          }
          delete this._registeredTools[name];
          if (updates.name)
            this._registeredTools[updates.name] = registeredTool;
        }
        if (typeof updates.title !== "undefined")
          registeredTool.title = updates.title;
        if (typeof updates.description !== "undefined")
          registeredTool.description = updates.description;
        if (typeof updates.paramsSchema !== "undefined")
          registeredTool.inputSchema = objectFromShape(updates.paramsSchema);
        if (typeof updates.outputSchema !== "undefined")
          registeredTool.outputSchema = objectFromShape(updates.outputSchema);
        if (typeof updates.callback !== "undefined")
          registeredTool.handler = updates.callback;
        if (typeof updates.annotations !== "undefined")
          registeredTool.annotations = updates.annotations;
        if (typeof updates._meta !== "undefined")
          registeredTool._meta = updates._meta;
        if (typeof updates.enabled !== "undefined")
          registeredTool.enabled = updates.enabled;
        this.sendToolListChanged();
      }
    };
    this._registeredTools[name] = registeredTool;
    this.setToolRequestHandlers();
    this.sendToolListChanged();
    return registeredTool;
  }
  /**
   * tool() implementation. Parses arguments passed to overrides defined above.
   */
  tool(name, ...rest) {
    if (this._registeredTools[name]) {
      throw new Error(`Tool ${name} is already registered`);
    }
    let description;
    let inputSchema;
    let outputSchema;
    let annotations;
    if (typeof rest[0] === "string") {
      description = rest.shift();
    }
    if (rest.length > 1) {
      const firstArg = rest[0];
      if (isZodRawShapeCompat(firstArg)) {
        inputSchema = rest.shift();
        if (rest.length > 1 && typeof rest[0] === "object" && rest[0] !== null && !isZodRawShapeCompat(rest[0])) {
          annotations = rest.shift();
        }
      } else if (typeof firstArg === "object" && firstArg !== null) {
        if (Object.values(firstArg).some((v) => typeof v === "object" && v !== null)) {
          throw new Error(`Tool ${name} expected a Zod schema or ToolAnnotations, but received an unrecognized object`);
        }
        annotations = rest.shift();
      }
    }
    const callback = rest[0];
    return this._createRegisteredTool(name, void 0, description, inputSchema, outputSchema, annotations, { taskSupport: "forbidden" }, void 0, callback);
  }
  /**
   * Registers a tool with a config object and callback.
   */
  registerTool(name, config, cb) {
    if (this._registeredTools[name]) {
      throw new Error(`Tool ${name} is already registered`);
    }
    const { title, description, inputSchema, outputSchema, annotations, _meta } = config;
    return this._createRegisteredTool(name, title, description, inputSchema, outputSchema, annotations, { taskSupport: "forbidden" }, _meta, cb);
  }
  prompt(name, ...rest) {
    if (this._registeredPrompts[name]) {
      throw new Error(`Prompt ${name} is already registered`);
    }
    let description;
    if (typeof rest[0] === "string") {
      description = rest.shift();
    }
    let argsSchema;
    if (rest.length > 1) {
      argsSchema = rest.shift();
    }
    const cb = rest[0];
    const registeredPrompt = this._createRegisteredPrompt(name, void 0, description, argsSchema, cb);
    this.setPromptRequestHandlers();
    this.sendPromptListChanged();
    return registeredPrompt;
  }
  /**
   * Registers a prompt with a config object and callback.
   */
  registerPrompt(name, config, cb) {
    if (this._registeredPrompts[name]) {
      throw new Error(`Prompt ${name} is already registered`);
    }
    const { title, description, argsSchema } = config;
    const registeredPrompt = this._createRegisteredPrompt(name, title, description, argsSchema, cb);
    this.setPromptRequestHandlers();
    this.sendPromptListChanged();
    return registeredPrompt;
  }
  /**
   * Checks if the server is connected to a transport.
   * @returns True if the server is connected
   */
  isConnected() {
    return this.server.transport !== void 0;
  }
  /**
   * Sends a logging message to the client, if connected.
   * Note: You only need to send the parameters object, not the entire JSON RPC message
   * @see LoggingMessageNotification
   * @param params
   * @param sessionId optional for stateless and backward compatibility
   */
  async sendLoggingMessage(params, sessionId) {
    return this.server.sendLoggingMessage(params, sessionId);
  }
  /**
   * Sends a resource list changed event to the client, if connected.
   */
  sendResourceListChanged() {
    if (this.isConnected()) {
      this.server.sendResourceListChanged();
    }
  }
  /**
   * Sends a tool list changed event to the client, if connected.
   */
  sendToolListChanged() {
    if (this.isConnected()) {
      this.server.sendToolListChanged();
    }
  }
  /**
   * Sends a prompt list changed event to the client, if connected.
   */
  sendPromptListChanged() {
    if (this.isConnected()) {
      this.server.sendPromptListChanged();
    }
  }
};
var EMPTY_OBJECT_JSON_SCHEMA = {
  type: "object",
  properties: {}
};
function isZodTypeLike(value) {
  return value !== null && typeof value === "object" && "parse" in value && typeof value.parse === "function" && "safeParse" in value && typeof value.safeParse === "function";
}
function isZodSchemaInstance(obj) {
  return "_def" in obj || "_zod" in obj || isZodTypeLike(obj);
}
function isZodRawShapeCompat(obj) {
  if (typeof obj !== "object" || obj === null) {
    return false;
  }
  if (isZodSchemaInstance(obj)) {
    return false;
  }
  if (Object.keys(obj).length === 0) {
    return true;
  }
  return Object.values(obj).some(isZodTypeLike);
}
function getZodSchemaObject(schema) {
  if (!schema) {
    return void 0;
  }
  if (isZodRawShapeCompat(schema)) {
    return objectFromShape(schema);
  }
  if (!isZodSchemaInstance(schema)) {
    throw new Error("inputSchema must be a Zod schema or raw shape, received an unrecognized object");
  }
  return schema;
}
function promptArgumentsFromSchema(schema) {
  const shape = getObjectShape(schema);
  if (!shape)
    return [];
  return Object.entries(shape).map(([name, field]) => {
    const description = getSchemaDescription(field);
    const isOptional = isSchemaOptional(field);
    return {
      name,
      description,
      required: !isOptional
    };
  });
}
function getMethodValue(schema) {
  const shape = getObjectShape(schema);
  const methodSchema = shape?.method;
  if (!methodSchema) {
    throw new Error("Schema is missing a method literal");
  }
  const value = getLiteralValue(methodSchema);
  if (typeof value === "string") {
    return value;
  }
  throw new Error("Schema method literal must be a string");
}
function createCompletionResult(suggestions) {
  return {
    completion: {
      values: suggestions.slice(0, 100),
      total: suggestions.length,
      hasMore: suggestions.length > 100
    }
  };
}
var EMPTY_COMPLETION_RESULT = {
  completion: {
    values: [],
    hasMore: false
  }
};

// src/mcp/schemas.ts
var policyInput = strictObject({
  workflow_id: string().optional().describe("A workflow id from the pack. Omit it to get the whole pack.")
});
var sha256 = string().regex(/^[0-9a-f]{64}$/);
var packIdentityShape = {
  policy_id: string().describe("The pack's policy_id."),
  pack_sha256: sha256.describe("SHA-256 of the pack file's bytes as served (pin it with --expect-pack-sha256)."),
  manifest_sha256: string().describe("source_manifest.sha256: the manifest the pack was compiled from."),
  schema_version: string().describe("The pack format version."),
  workflow_ids: array(string()).describe("Every workflow the pack declares.")
};
var posture = looseObject({
  workflow_id: string(),
  maturity_stage: string().nullable(),
  inside: boolean().describe("false: the workflow is outside its maturity posture and every request for it is denied"),
  problems: array(string())
});
var policyOutput = looseObject({
  ...packIdentityShape,
  workflow_policy_sha256: sha256.optional().describe("With workflow_id: SHA-256 of that workflow's policy as compact sorted JSON (the value decisions carry)."),
  pack: looseObject({ policy_id: string(), schema_version: string(), workflow_policies: array(looseObject({})) }).optional().describe("The whole pack (when no workflow_id was given)."),
  workflow_id: string().optional().describe("The workflow asked for."),
  workflow: looseObject({ workflow_id: string() }).optional().describe("That workflow's policy, exactly as in the pack."),
  posture: posture.optional().describe("Whether the workflow is inside its maturity posture.")
});
var workflowSummary = looseObject({
  workflow_id: string(),
  title: string().nullable(),
  status: string().nullable(),
  maturity_stage: string().nullable(),
  public_path: string().nullable(),
  default_decision: string(),
  workflow_policy_sha256: sha256
});
var originalPolicyOutput = looseObject({
  available: literal(true).describe("The pack is loaded (a server without a valid pack does not start)."),
  pack_sha256: sha256.describe("SHA-256 of the pack file's bytes as served."),
  // Without workflow_id:
  schema_version: string().optional(),
  generated_at: string().optional(),
  policy_id: string().optional(),
  source_manifest: looseObject({}).optional(),
  decision_contract: looseObject({}).optional(),
  policy_summary: looseObject({}).optional(),
  workflow_policies: array(workflowSummary).optional().describe("One summary per workflow (without workflow_id)."),
  // With workflow_id:
  found: boolean().optional().describe("With workflow_id: whether the pack declares it."),
  workflow_id: string().optional(),
  policy: looseObject({ workflow_id: string() }).nullable().optional().describe("That workflow's policy, or null when not found."),
  workflow_policy_sha256: sha256.optional()
});
function attribute(jsonSchema, description) {
  return unknown().optional().meta({ ...jsonSchema, description });
}
var str = { type: "string" };
var strOrNull = { type: ["string", "null"] };
var requestAttributes = {
  workflow_id: attribute(str, "The workflow the agent runs under (required)."),
  agent_id: attribute(str, 'The agent: a class name ("codex") or "sr-agent::<workflow_id>::<class>" (required).'),
  agent_class: attribute(str, "The agent class, when given separately from agent_id."),
  run_id: attribute(str, "The agent run (required)."),
  tool_namespace: attribute(str, 'The MCP tool namespace called, e.g. "repo.contents" (required).'),
  tool_access_mode: attribute(
    { type: "string", enum: ["read", "write_branch", "write_ticket", "approval_required"] },
    "The access mode of the call (required)."
  ),
  gate_phase: attribute(str, 'The gate phase, e.g. "tool_call" (required; must be declared for the workflow).'),
  branch_name: attribute(strOrNull, "The branch written to (branch writes)."),
  changed_paths: attribute(
    { anyOf: [{ type: "array", items: { type: "string" } }, { type: "string" }] },
    "Repository paths the call changes; a single string counts as a one-item list."
  ),
  diff_line_count: attribute({ type: ["integer", "null"], minimum: 0 }, "Lines changed (absent or null counts as 0)."),
  change_class: attribute(strOrNull, 'The change class, e.g. "database migrations" (may require human review).'),
  head_sha: attribute(strOrNull, "The commit a PR check evaluates."),
  human_approval_record: attribute(
    { type: ["object", "null"] },
    'A typed human approval record ({"type": "human_approval", ...}); other values never approve.'
  ),
  runtime_kill_signal: attribute(strOrNull, "A fired kill signal: any non-empty value gives kill_session."),
  triggered_kill_signal: attribute(strOrNull, "Alias of runtime_kill_signal.")
};
var evaluateInput = looseObject(requestAttributes);
var nullableRecord = record(string(), unknown()).nullable();
var checkOutcome = _enum(["pass", "fail", "skip"]);
var reasonCode = _enum(Object.keys(REASON_CODES));
var decisionOutput = looseObject({
  decision: _enum(DECISIONS).describe('One of the six decisions; anything but the three allows means "do not proceed".'),
  allowed: boolean(),
  approval_required: boolean(),
  approval_present: boolean(),
  reason: string().describe("Why, in one sentence."),
  violations: array(string()).describe("Every rule the request broke (empty for an allow)."),
  matched_policy: nullableRecord,
  matched_scope: nullableRecord,
  request: record(string(), unknown()).describe("The request as evaluated."),
  evidence: looseObject({
    pack_sha256: sha256,
    manifest_sha256: string(),
    policy_id: string(),
    evaluated_at: string(),
    workflow_id: string().nullable(),
    workflow_policy_sha256: sha256.nullable().describe("SHA-256 of the declared workflow's policy (compact sorted JSON), or null."),
    run_id: string().nullable(),
    agent_class: string().nullable(),
    checks: object(Object.fromEntries(CHECK_NAMES.map((c) => [c, checkOutcome]))).describe("Every check by name, in the order they run: pass, fail, or skip (not reached or not applicable)."),
    reasons: array(object({ check: _enum(CHECK_NAMES), code: reasonCode, message: string() })).describe("One reason per violation, in the same order: the check that failed, a stable code (docs/decisions.md), the message."),
    paths: array(looseObject({ verdict: string() })),
    approval: looseObject({ present: boolean(), valid: boolean(), problems: array(string()) }),
    unknown_attributes: array(string())
  }).describe("What produced the decision: the pack's identity, every check run, each path's verdict, the approval verdict.")
});
var originalDecisionOutput = decisionOutput.extend({ available: literal(true) });

// src/mcp/stdio-transport.ts
var MAX_LINE_BUFFER = 10 * 1024 * 1024;
var NEWLINE = 10;
var LeanStdioTransport = class {
  constructor(stdin, stdout, direct) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.direct = direct;
  }
  stdin;
  stdout;
  direct;
  onclose;
  onerror;
  onmessage;
  pending = [];
  pendingBytes = 0;
  out = [];
  flushScheduled = false;
  waiters = [];
  drainWaiters = [];
  draining = false;
  started = false;
  closed = false;
  start() {
    if (this.started) throw new Error("LeanStdioTransport already started");
    this.started = true;
    this.stdin.on("data", this.onData);
    this.stdin.on("error", this.onStreamError);
    return Promise.resolve();
  }
  close() {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.stdin.off("data", this.onData);
    this.stdin.off("error", this.onStreamError);
    if (this.stdin.listenerCount("data") === 0) this.stdin.pause();
    this.pending = [];
    this.pendingBytes = 0;
    this.writeOut();
    this.onclose?.();
    return Promise.resolve();
  }
  send(message) {
    this.out.push(JSON.stringify(message) + "\n");
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(this.writeOut);
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  onStreamError = (error) => {
    this.onerror?.(error);
  };
  onData = (data) => {
    const chunk = typeof data === "string" ? Buffer.from(data) : data;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      let line;
      if (this.pending.length > 0) {
        this.pending.push(chunk.subarray(start, nl));
        line = Buffer.concat(this.pending).toString("utf8");
        this.pending = [];
        this.pendingBytes = 0;
      } else line = chunk.toString("utf8", start, nl);
      start = nl + 1;
      this.receive(line.endsWith("\r") ? line.slice(0, -1) : line);
      if (this.closed) return;
    }
    if (start < chunk.length) {
      this.pendingBytes += chunk.length - start;
      if (this.pendingBytes > MAX_LINE_BUFFER) {
        this.onerror?.(new Error(`ReadBuffer exceeded maximum size of ${MAX_LINE_BUFFER} bytes`));
        void this.close();
        return;
      }
      this.pending.push(Buffer.from(chunk.subarray(start)));
    }
  };
  receive(line) {
    let message;
    try {
      message = JSON.parse(line);
      const id = directCall(message);
      if (id !== void 0 && this.direct !== void 0) {
        const params = message.params;
        const answer = this.direct(params.name, params.arguments);
        if (answer !== null) {
          answer.then(
            (result) => void this.send({ result, jsonrpc: "2.0", id }),
            (err) => this.onerror?.(err instanceof Error ? err : new Error(String(err)))
          );
          return;
        }
      }
      message = JSONRPCMessageSchema.parse(message);
    } catch (err) {
      this.onerror?.(err);
      return;
    }
    this.onmessage?.(message);
  }
  writeOut = () => {
    this.flushScheduled = false;
    if (this.out.length === 0) return;
    const text = this.out.length === 1 ? this.out[0] : this.out.join("");
    this.out = [];
    const waiters = this.waiters;
    this.waiters = [];
    if (this.stdout.write(text) && !this.draining) {
      for (const w of waiters) w();
      return;
    }
    this.drainWaiters.push(...waiters);
    if (this.draining) return;
    this.draining = true;
    this.stdout.once("drain", () => {
      this.draining = false;
      const ws = this.drainWaiters;
      this.drainWaiters = [];
      for (const w of ws) w();
    });
  };
};
function directCall(m) {
  if (m === null || typeof m !== "object" || Array.isArray(m)) return void 0;
  const r = m;
  let keys = 0;
  for (const k in r) {
    if (!Object.hasOwn(r, k)) continue;
    if (k !== "jsonrpc" && k !== "id" && k !== "method" && k !== "params") return void 0;
    keys++;
  }
  if (keys !== 4 || r.jsonrpc !== "2.0" || r.method !== "tools/call") return void 0;
  const id = r.id;
  if (typeof id !== "string" && !(typeof id === "number" && Number.isSafeInteger(id))) return void 0;
  const p = r.params;
  if (p === null || typeof p !== "object" || Array.isArray(p)) return void 0;
  const params = p;
  let n = 0;
  for (const k in params) {
    if (!Object.hasOwn(params, k)) continue;
    if (k !== "name" && k !== "arguments") return void 0;
    n++;
  }
  if (typeof params.name !== "string") return void 0;
  const args = params.arguments;
  if (args !== void 0 && (args === null || typeof args !== "object" || Array.isArray(args))) return void 0;
  return n >= 1 ? id : void 0;
}

// src/mcp/server.ts
var POLICY_TOOL = "recipes_mcp_gateway_policy";
var EVALUATE_TOOL = "recipes_evaluate_mcp_gateway_decision";
var POLICY_TOOL_ALIAS = "policy_get";
var EVALUATE_TOOL_ALIAS = "policy_evaluate";
var PACK_RESOURCE_URI = "policy://pack";
var MAX_TOOL_INPUT_ELEMENTS = 1e4;
function elementsOver(value, max) {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    for (const key in node) {
      if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
      if (++count > max) return true;
      const child = node[key];
      if (child !== null && typeof child === "object") stack.push(child);
    }
  }
  return false;
}
function decide(policy, args, now) {
  if (!elementsOver(args, MAX_TOOL_INPUT_ELEMENTS)) return policy.evaluate(args, { now });
  const kill = {
    runtime_kill_signal: args.runtime_kill_signal,
    triggered_kill_signal: args.triggered_kill_signal,
    workflow_id: args.workflow_id
  };
  const killed = policy.evaluate(kill, { now });
  if (killed.decision === "kill_session") return killed;
  return policy.refuse(`the arguments hold more than ${MAX_TOOL_INPUT_ELEMENTS} elements, so the call is not evaluated`, { now });
}
var SERVER_INFO = { name: "mcp-gateway-policy", version: VERSION };
var INSTRUCTIONS = `Default-deny policy for AI coding agents' tool calls.
Before a tool call, send its attributes to ${EVALUATE_TOOL} and proceed only when "decision" is allow, allow_scoped_branch or allow_scoped_ticket.
hold_for_approval: stop until a human gives a typed approval record. deny: do not make the call. kill_session: end the session.
${POLICY_TOOL} returns the pack (or one workflow's policy); the resource ${PACK_RESOURCE_URI} is the pack file itself.`;
function shadowAnswer(d) {
  if (d.allowed) return { ...d, enforced: false, would_decision: d.decision };
  return {
    ...d,
    decision: "allow",
    allowed: true,
    enforced: false,
    would_decision: d.decision,
    reason: `shadow: would ${d.decision}: ${d.reason}`
  };
}
function errorResult(text) {
  return { content: [{ type: "text", text }], isError: true };
}
function quoteList(ids) {
  return ids.map((id) => JSON.stringify(id)).join(", ");
}
function summariseDecision(d) {
  const lines = [`${d.decision}: ${d.reason}`];
  if (d.violations.length > 0) lines.push("violations:", ...d.violations.map((v) => `- ${v}`));
  lines.push(`pack sha256 ${d.evidence.pack_sha256}, evaluated at ${d.evidence.evaluated_at}`);
  return lines.join("\n");
}
function createPolicyServer({ source, log, report, shadow = false }) {
  const server = new McpServer(SERVER_INFO, {
    capabilities: { tools: {}, resources: {} },
    instructions: INSTRUCTIONS
  });
  const getPolicy = ({ workflow_id }) => {
    const { policy } = source.current;
    const identity = {
      policy_id: policy.policyId,
      pack_sha256: policy.packSha256,
      manifest_sha256: policy.manifestSha256,
      schema_version: policy.pack.schema_version,
      workflow_ids: policy.workflowIds()
    };
    let structured;
    if (workflow_id === void 0) {
      structured = { ...identity, pack: policy.pack };
    } else {
      const workflow = policy.workflow(workflow_id);
      if (workflow === void 0) {
        return errorResult(`unknown workflow_id ${JSON.stringify(workflow_id)}; the pack declares: ${quoteList(identity.workflow_ids)}`);
      }
      structured = {
        ...identity,
        workflow_id,
        workflow_policy_sha256: policy.workflowPolicySha256(workflow_id),
        workflow,
        posture: policy.posture(workflow_id)
      };
    }
    return { content: [{ type: "text", text: JSON.stringify(structured) }], structuredContent: structured };
  };
  const getOriginalPolicy = ({ workflow_id }) => {
    const { policy } = source.current;
    const pack = policy.pack;
    let structured;
    if (workflow_id) {
      const id = workflow_id.trim();
      const workflow = policy.workflow(id);
      structured = {
        available: true,
        found: workflow !== void 0,
        workflow_id,
        policy: workflow ?? null,
        pack_sha256: policy.packSha256,
        ...workflow === void 0 ? {} : { workflow_policy_sha256: policy.workflowPolicySha256(id) }
      };
    } else {
      structured = {
        available: true,
        schema_version: pack.schema_version,
        generated_at: pack.generated_at,
        policy_id: pack.policy_id,
        source_manifest: pack.source_manifest,
        decision_contract: pack.decision_contract,
        policy_summary: pack.policy_summary,
        workflow_policies: pack.workflow_policies.map((w) => ({
          workflow_id: w.workflow_id,
          title: w.title,
          status: w.status,
          maturity_stage: w.maturity_stage,
          public_path: w.public_path,
          default_decision: w.default_decision,
          workflow_policy_sha256: policy.workflowPolicySha256(w.workflow_id)
        })),
        pack_sha256: policy.packSha256
      };
    }
    return { content: [{ type: "text", text: JSON.stringify(structured) }], structuredContent: structured };
  };
  const evaluate = async (args) => {
    const { policy } = source.current;
    const now = /* @__PURE__ */ new Date();
    const decision = decide(policy, args, now);
    if (log) {
      try {
        await log.append(decision, now.toISOString(), boundedJson(args));
      } catch (err) {
        report(err.message);
        return errorResult(
          `the decision (${decision.decision}) could not be written to the decision log, so it is withheld; treat this call as denied. ${err.message}`
        );
      }
    }
    if (shadow) {
      return {
        content: [{ type: "text", text: `shadow (not enforced): would ${summariseDecision(decision)}` }],
        structuredContent: shadowAnswer(decision)
      };
    }
    return { content: [{ type: "text", text: summariseDecision(decision) }], structuredContent: { ...decision } };
  };
  const evaluateOriginal = async (args) => {
    const result = await evaluate(args);
    if (result.isError || result.structuredContent === void 0) return result;
    return { ...result, structuredContent: { available: true, ...result.structuredContent } };
  };
  const policyToolConfig = {
    title: "MCP gateway policy pack",
    description: "The default-deny policy pack: scoped tool access, change scope, approval and kill-signal rules per workflow. Without workflow_id: the whole pack. With workflow_id: that workflow's policy and maturity posture. Both carry the pack identity (policy_id, pack_sha256, manifest_sha256, schema_version).",
    inputSchema: policyInput,
    outputSchema: policyOutput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false }
  };
  const evaluateToolConfig = {
    title: "Evaluate an agent tool call",
    description: "Decides one runtime request against the pack: allow, allow_scoped_branch, allow_scoped_ticket, hold_for_approval, deny or kill_session, with the reason, every violation and the evidence. Default deny: a missing, unknown or badly typed attribute is a deny that says why.",
    inputSchema: evaluateInput,
    outputSchema: decisionOutput,
    annotations: { readOnlyHint: true, idempotentHint: false, openWorldHint: false }
  };
  server.registerTool(
    POLICY_TOOL,
    {
      ...policyToolConfig,
      description: `The default-deny policy pack, in the original tool's shape. Without workflow_id: available, schema_version, generated_at, policy_id, source_manifest, decision_contract, policy_summary and a summary of each workflow policy. With workflow_id: available, found, workflow_id and that workflow's policy (null when not found). ${POLICY_TOOL_ALIAS} gives the whole pack instead.`,
      outputSchema: originalPolicyOutput
    },
    getOriginalPolicy
  );
  server.registerTool(POLICY_TOOL_ALIAS, policyToolConfig, getPolicy);
  server.registerTool(
    EVALUATE_TOOL,
    {
      ...evaluateToolConfig,
      description: `${evaluateToolConfig.description} The result also carries available: true, as the original tool's did.`,
      outputSchema: originalDecisionOutput
    },
    evaluateOriginal
  );
  server.registerTool(EVALUATE_TOOL_ALIAS, evaluateToolConfig, evaluate);
  installCallHandler(
    server,
    { [POLICY_TOOL]: getOriginalPolicy, [POLICY_TOOL_ALIAS]: getPolicy },
    { [EVALUATE_TOOL]: evaluateOriginal, [EVALUATE_TOOL_ALIAS]: evaluate }
  );
  server.registerResource(
    "pack",
    PACK_RESOURCE_URI,
    {
      title: "Policy pack",
      description: "The policy pack file exactly as the server loaded it; its SHA-256 is the pack_sha256 in every decision.",
      mimeType: "application/json"
    },
    (uri) => ({
      contents: [{ uri: uri.href, mimeType: "application/json", text: source.current.bytes.toString("utf8") }]
    })
  );
  return server;
}
var directCalls = /* @__PURE__ */ new WeakMap();
function directToolCall(server) {
  return directCalls.get(server);
}
function installCallHandler(server, policyTools, evaluateTools) {
  const call = async (name, args) => {
    try {
      const evaluate = Object.hasOwn(evaluateTools, name) ? evaluateTools[name] : void 0;
      if (evaluate !== void 0) {
        if (args === null || typeof args !== "object" || Array.isArray(args)) {
          throw new McpError(ErrorCode.InvalidParams, `Input validation error: Invalid arguments for tool ${name}: expected an object`);
        }
        return await evaluate(args);
      }
      const getPolicy = Object.hasOwn(policyTools, name) ? policyTools[name] : void 0;
      if (getPolicy === void 0) throw new McpError(ErrorCode.InvalidParams, `Tool ${name} not found`);
      if (elementsOver(args, MAX_TOOL_INPUT_ELEMENTS)) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `Invalid arguments for tool ${name}: arguments contain more than the maximum of ${MAX_TOOL_INPUT_ELEMENTS} elements`
        );
      }
      const parsed = policyInput.safeParse(args);
      if (!parsed.success) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `Input validation error: Invalid arguments for tool ${name}: ${getParseErrorMessage(parsed.error)}`
        );
      }
      return getPolicy(parsed.data);
    } catch (err) {
      return errorResult(err instanceof Error ? err.message : String(err));
    }
  };
  server.server.removeRequestHandler("tools/call");
  Protocol.prototype.setRequestHandler.call(server.server, CallToolRequestSchema, async (request) => {
    if (request.params.task !== void 0) {
      throw new McpError(ErrorCode.InvalidParams, "Invalid task creation result: this server does not run tools as tasks");
    }
    return call(request.params.name, request.params.arguments ?? {});
  });
  directCalls.set(server, (name, args) => Object.hasOwn(evaluateTools, name) ? call(name, args ?? {}) : null);
}

// src/cli/commands/mcp.ts
var USAGE = `Usage: mcp-gateway-policy mcp --policy PATH [--expect-pack-sha256 HEX] [--approval-keys FILE] [--decision-log FILE [--log-key FILE]] [--shadow]
                              [--listen HOST:PORT --token-file FILE [--allow-remote] [--allowed-origin ORIGIN ...]] [--pack-cache DIR|off]

Serves the policy pack and the decision function as MCP tools over stdio, or with --listen over
Streamable HTTP at http://HOST:PORT/mcp.
  --policy PATH               the policy pack to serve (reloaded on SIGHUP and when the file changes)
  --expect-pack-sha256 HEX    refuse any pack (at start or on reload) whose SHA-256 differs
  --approval-keys FILE        trusted Ed25519 keys for signed approval records
                              (JSON: key id -> {"public_key_pem": "...", "approvers": ["id", ...]})
  --decision-log FILE         append every decision to FILE as a hash-chained JSON line
                              (check it with "mcp-gateway-policy verify-log FILE"); the log is
                              locked (FILE.lock) and its line count and head hash are kept in
                              FILE.head
  --log-key FILE              HMAC-SHA256 key (at least 32 bytes, kept away from the log): every
                              log line and FILE.head are signed with it
  --listen HOST:PORT          serve over Streamable HTTP instead of stdio (port 0: a free port; the URL is
                              printed on stderr). Loopback addresses only, unless --allow-remote
  --token-file FILE           required with --listen: clients must send "Authorization: Bearer <token>"
  --allow-remote              allow a --listen address that is not loopback (put TLS in front of it)
  --allowed-origin ORIGIN     a browser Origin allowed besides the listen address's own (repeatable)
  --shadow                    shadow rollout: decide and log as usual, but answer every call as
                              allowed, with the decision that would have applied in
                              "would_decision" and "enforced": false
  --pack-cache DIR|off        where a large pack's index is kept between starts (as for evaluate)

stdout carries only MCP messages; diagnostics go to stderr.
Exit codes: 0 when the client disconnects (stdio) or on SIGINT/SIGTERM (HTTP), 1 when the server refuses
to start, 2 usage error.`;
var HEX64 = /^[0-9a-f]{64}$/;
async function serveHttp(listen, { source, log, report, refuse, policyPath, shadow }) {
  let listener;
  try {
    listener = await listenStreamableHttp({
      ...listen,
      createServer: () => createPolicyServer({ source, log, report, shadow }),
      onDiagnostic: report
    });
  } catch (err) {
    await log?.close();
    if (err instanceof HttpListenError || typeof err.code === "string") return refuse(err.message);
    throw err;
  }
  const onHangup = () => source.reload("SIGHUP");
  process.on("SIGHUP", onHangup);
  const stopWatching = watchPackFile(policyPath, () => source.reload("file changed"), report);
  const { policy } = source.current;
  report(
    `serving pack ${policy.packSha256} (${policy.policyId}, ${policy.workflowIds().length} workflows) from ${policyPath} at ${listener.url}` + (log ? `; decision log ${log.path} continues at line ${log.lines + 1}` : "")
  );
  let stop = () => {
  };
  await new Promise((resolve) => {
    stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
  report("shutting down: closing every MCP session");
  await listener.close();
  process.off("SIGHUP", onHangup);
  stopWatching();
  await log?.close();
  return EXIT_OK;
}
var command = {
  summary: "Serve the pack and the decision function as MCP tools over stdio",
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      {
        policy: { type: "string" },
        "expect-pack-sha256": { type: "string" },
        "approval-keys": { type: "string" },
        "decision-log": { type: "string" },
        listen: { type: "string" },
        "token-file": { type: "string" },
        "allow-remote": { type: "boolean" },
        "allowed-origin": { type: "string", multiple: true },
        shadow: { type: "boolean" },
        "log-key": { type: "string" },
        "pack-cache": { type: "string" }
      },
      USAGE
    );
    if (args.help) {
      io.stdout.write(USAGE + "\n");
      return EXIT_OK;
    }
    const indexStore = packIndexCacheOption(args, io, USAGE);
    const policyPath = path.resolve(io.cwd, requireOpt(args, "policy", USAGE));
    const pin = stringOpt(args, "expect-pack-sha256")?.toLowerCase();
    if (pin !== void 0 && !HEX64.test(pin)) {
      throw new UsageError(`--expect-pack-sha256 must be 64 hex digits (a SHA-256), got ${JSON.stringify(pin)}`);
    }
    const report = (message) => io.stderr.write(`mcp-gateway-policy mcp: ${message}
`);
    const refuse = (message) => {
      report(`refusing to start: ${message}`);
      return EXIT_POLICY;
    };
    const listenValue = stringOpt(args, "listen");
    let listen;
    let token;
    if (listenValue !== void 0) {
      try {
        listen = parseListenAddress(listenValue);
      } catch (err) {
        throw new UsageError(`${err.message}

${USAGE}`);
      }
      const tokenFile = stringOpt(args, "token-file");
      if (tokenFile === void 0 || tokenFile === "") {
        return refuse("--listen needs --token-file FILE holding the bearer token clients must send");
      }
      try {
        token = readTokenFile(path.resolve(io.cwd, tokenFile));
      } catch (err) {
        if (err instanceof HttpListenError) return refuse(err.message);
        throw err;
      }
    } else {
      for (const only of ["token-file", "allow-remote", "allowed-origin"]) {
        if (args.values[only] !== void 0) throw new UsageError(`--${only} only goes with --listen

${USAGE}`);
      }
    }
    let trustedKeys;
    const keysFile = stringOpt(args, "approval-keys");
    if (keysFile !== void 0) {
      try {
        trustedKeys = readApprovalKeys(io.cwd, keysFile);
      } catch (err) {
        return refuse(err.message);
      }
    }
    let source;
    try {
      source = new PackSource(policyPath, { expectPackSha256: pin, trustedKeys, indexStore }, report);
    } catch (err) {
      if (err instanceof PackLoadError) return refuse(err.message);
      throw err;
    }
    const opened = openDecisionLogOption(io.cwd, stringOpt(args, "decision-log"), stringOpt(args, "log-key"), USAGE, report);
    if ("refused" in opened) return refuse(opened.refused);
    const { log } = opened;
    const diagnostics = new Console({ stdout: io.stderr, stderr: io.stderr });
    console.log = diagnostics.log.bind(diagnostics);
    console.info = diagnostics.info.bind(diagnostics);
    console.debug = diagnostics.debug.bind(diagnostics);
    const shadow = args.values.shadow === true;
    if (shadow)
      report("shadow mode: every decision is logged, and every call is answered as allowed with the decision that would have applied");
    if (listen !== void 0 && token !== void 0) {
      const options = {
        ...listen,
        token,
        allowRemote: args.values["allow-remote"] === true,
        allowedOrigins: listOpt(args, "allowed-origin")
      };
      return serveHttp(options, { source, log, report, refuse, policyPath, shadow });
    }
    const server = createPolicyServer({ source, log, report, shadow });
    const transport = new LeanStdioTransport(io.stdin, io.stdout, directToolCall(server));
    const onHangup = () => source.reload("SIGHUP");
    process.on("SIGHUP", onHangup);
    const stopWatching = watchPackFile(policyPath, () => source.reload("file changed"), report);
    server.server.onerror = (err) => report(`protocol error (still serving): ${err.message}`);
    const closed = new Promise((resolve) => {
      server.server.onclose = resolve;
      io.stdin.once("end", resolve);
      io.stdin.once("close", resolve);
    });
    await server.connect(transport);
    const { policy } = source.current;
    report(
      `serving pack ${policy.packSha256} (${policy.policyId}, ${policy.workflowIds().length} workflows) from ${policyPath}` + (log ? `; decision log ${log.path} continues at line ${log.lines + 1}` : "")
    );
    await closed;
    process.off("SIGHUP", onHangup);
    stopWatching();
    await server.close();
    await log?.close();
    return EXIT_OK;
  }
};
var mcp_default = command;
export {
  mcp_default as default
};
