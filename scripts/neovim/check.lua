-- Drives the Cellspec language server from headless Neovim (0.7 or later) with Neovim's own LSP
-- client, the way a user's init.lua would on 0.7–0.9: a `*.cell` file gets the `cellspec`
-- filetype, the FileType autocommand starts the server once (vim.lsp.start_client) and attaches
-- every Cellspec buffer to it. Then it records what Neovim itself holds: the buffer's diagnostics
-- (vim.diagnostic, after Neovim's conversion from LSP), a hover and the document symbols.
--
--   CELLSPEC_NVIM_FILE=examples/oxide-on-sulfide.cell CELLSPEC_NVIM_OUT=/tmp/out.json \
--     nvim --headless --clean -u NONE -n -c 'luafile scripts/neovim/check.lua'
--
-- Environment (0.7 has no `-l`, so a luafile gets no arguments):
--   CELLSPEC_NVIM_FILE        the .cell file to open (required)
--   CELLSPEC_NVIM_OUT         where to write the JSON (required)
--   CELLSPEC_NVIM_ROOT        the workspace folder (default: Neovim's working directory)
--   CELLSPEC_NVIM_CMD         the server command as a JSON array
--                             (default: node <this repo>/bin/cellspec.js lsp --stdio)
--   CELLSPEC_NVIM_HOVER       "LINE:CHARACTER", 0-based, where to ask for a hover (optional)
--   CELLSPEC_NVIM_TIMEOUT_MS  how long to wait for each answer (default 15000)
--
-- It never hangs and never quits quietly on a failure: every wait has a deadline, and anything
-- that goes wrong is written to the JSON's `error` field before Neovim exits with status 1.

local SEVERITY_NAMES = { [1] = 'ERROR', [2] = 'WARN', [3] = 'INFO', [4] = 'HINT' }

local function script_dir()
  local source = debug.getinfo(1, 'S').source
  return vim.fn.fnamemodify(source:sub(2), ':p:h')
end

local function absolute(path)
  return vim.fn.fnamemodify(path, ':p')
end

local function required_env(name)
  local value = os.getenv(name)
  if value == nil or value == '' then
    error(name .. ' is not set', 0)
  end
  return value
end

local function read_options()
  local file = absolute(required_env('CELLSPEC_NVIM_FILE'))
  if vim.fn.filereadable(file) ~= 1 then
    error('cannot read ' .. file, 0)
  end
  local cmd_json = os.getenv('CELLSPEC_NVIM_CMD')
  local cmd
  if cmd_json and cmd_json ~= '' then
    cmd = vim.json.decode(cmd_json)
  else
    local repo = vim.fn.fnamemodify(script_dir(), ':h:h')
    cmd = { 'node', repo .. '/bin/cellspec.js', 'lsp', '--stdio' }
  end
  local hover
  local hover_spec = os.getenv('CELLSPEC_NVIM_HOVER')
  if hover_spec and hover_spec ~= '' then
    local line, character = hover_spec:match('^(%d+):(%d+)$')
    if not line then
      error('CELLSPEC_NVIM_HOVER must be LINE:CHARACTER (0-based), not ' .. hover_spec, 0)
    end
    hover = { line = tonumber(line), character = tonumber(character) }
  end
  local root = os.getenv('CELLSPEC_NVIM_ROOT')
  return {
    file = file,
    root = (root and root ~= '') and absolute(root):gsub('/$', '') or vim.fn.getcwd(),
    cmd = cmd,
    hover = hover,
    timeout_ms = tonumber(os.getenv('CELLSPEC_NVIM_TIMEOUT_MS') or '') or 15000,
  }
end

-- What a 0.7–0.9 user puts in init.lua, as docs/editor.md shows it (0.10+ has vim.lsp.start,
-- vim.filetype.add and vim.fs.root for this), plus two hooks for the check: `published` counts
-- the diagnostics notifications per buffer, so the check can wait for the first one instead of
-- sleeping, and `exit` records a server that died.
local function configure(options, state)
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    pattern = '*.cell',
    callback = function() vim.bo.filetype = 'cellspec' end,
  })
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'cellspec',
    callback = function(args)
      -- One server for every Cellspec buffer; a new one if it stopped.
      if not (state.client_id and vim.lsp.get_client_by_id(state.client_id)) then
        state.client_id = vim.lsp.start_client({
          name = 'cellspec',
          cmd = options.cmd,
          root_dir = options.root,
          settings = { cellspec = {} },
          handlers = {
            ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
              vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
              local bufnr = vim.uri_to_bufnr(result.uri)
              state.published[bufnr] = (state.published[bufnr] or 0) + 1
            end,
          },
          on_exit = function(code, signal)
            state.exit = { code = code, signal = signal }
          end,
        })
      end
      if state.client_id then
        vim.lsp.buf_attach_client(args.buf, state.client_id)
      end
    end,
  })
end

local function wait_for(what, timeout_ms, state, condition)
  local ok = vim.wait(timeout_ms, function()
    return condition() or state.exit ~= nil
  end, 20)
  if state.exit ~= nil and not condition() then
    error(string.format('the server exited (code %s, signal %s) while waiting for %s',
      tostring(state.exit.code), tostring(state.exit.signal), what), 0)
  end
  if not ok then
    error(string.format('no %s within %d ms', what, timeout_ms), 0)
  end
end

local function request(bufnr, client_id, method, params, timeout_ms)
  local responses, reason = vim.lsp.buf_request_sync(bufnr, method, params, timeout_ms)
  if responses == nil then
    error(string.format('%s: %s after %d ms', method, tostring(reason), timeout_ms), 0)
  end
  local response = responses[client_id]
  if response == nil then
    error(method .. ': no answer from the cellspec client', 0)
  end
  if response.err or response.error then
    error(method .. ': ' .. vim.inspect(response.err or response.error), 0)
  end
  return response.result
end

local function diagnostics_of(bufnr, client_id)
  local namespace = vim.lsp.diagnostic.get_namespace(client_id)
  local out = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr, { namespace = namespace })) do
    table.insert(out, {
      line = diagnostic.lnum,
      col = diagnostic.col,
      end_line = diagnostic.end_lnum,
      end_col = diagnostic.end_col,
      code = diagnostic.code,
      severity = SEVERITY_NAMES[diagnostic.severity] or tostring(diagnostic.severity),
      message = diagnostic.message,
      source = diagnostic.source,
    })
  end
  return out
end

local function hover_text(result)
  if result == nil or result == vim.NIL then
    return nil
  end
  local contents = result.contents
  if type(contents) == 'table' and contents.kind ~= nil then
    return { kind = contents.kind, value = contents.value }
  end
  local lines = vim.lsp.util.convert_input_to_markdown_lines(contents)
  return { kind = 'markdown', value = table.concat(lines, '\n') }
end

local function symbols_of(result)
  local out = {}
  if type(result) ~= 'table' then
    return out
  end
  for _, symbol in ipairs(result) do
    table.insert(out, {
      name = symbol.name,
      kind = vim.lsp.protocol.SymbolKind[symbol.kind] or symbol.kind,
      children = symbols_of(symbol.children),
    })
  end
  return out
end

local function run(state)
  local options = read_options()
  state.output.file = options.file
  state.output.root = options.root
  state.output.cmd = options.cmd
  configure(options, state)

  vim.cmd('edit ' .. vim.fn.fnameescape(options.file))
  local bufnr = vim.api.nvim_get_current_buf()
  state.output.filetype = vim.bo[bufnr].filetype
  if state.client_id == nil then
    error(string.format('opening the file (filetype %s) did not start %s', vim.bo[bufnr].filetype, table.concat(options.cmd, ' ')), 0)
  end
  local client_id = state.client_id

  wait_for('diagnostics for ' .. options.file, options.timeout_ms, state, function()
    return (state.published[bufnr] or 0) > 0
  end)
  state.output.diagnostics = diagnostics_of(bufnr, client_id)

  local uri = vim.uri_from_bufnr(bufnr)
  if options.hover then
    local result = request(bufnr, client_id, 'textDocument/hover',
      { textDocument = { uri = uri }, position = options.hover }, options.timeout_ms)
    state.output.hover = hover_text(result) or vim.NIL
  end
  state.output.symbols = symbols_of(request(bufnr, client_id, 'textDocument/documentSymbol',
    { textDocument = { uri = uri } }, options.timeout_ms))

  local client = vim.lsp.get_client_by_id(client_id)
  if client then
    client.stop()
    -- shutdown, then exit: a server that ignores them is killed rather than waited for.
    if not vim.wait(5000, function() return state.exit ~= nil end, 20) then
      client.stop(true)
      error('the server did not exit within 5000 ms of shutdown', 0)
    end
    state.output.server_exit = state.exit
  end
end

local function write_json(path, value)
  local handle = assert(io.open(path, 'w'))
  handle:write(vim.json.encode(value))
  handle:close()
end

local state = { published = {}, output = {} }
local version = vim.version()
state.output.nvim = string.format('%d.%d.%d', version.major, version.minor, version.patch)

local ok, err = xpcall(run, function(message)
  return debug.traceback(tostring(message), 2)
end, state)
if not ok then
  state.output.error = err
end

local out_path = os.getenv('CELLSPEC_NVIM_OUT')
local written = out_path ~= nil and out_path ~= '' and pcall(write_json, out_path, state.output)
if ok and written then
  vim.cmd('qa!')
else
  if not written then
    io.stderr:write('check.lua: could not write CELLSPEC_NVIM_OUT (' .. tostring(out_path) .. ')\n')
  end
  if err then
    io.stderr:write('check.lua: ' .. tostring(err) .. '\n')
  end
  for _, client in ipairs(vim.lsp.get_active_clients()) do
    client.stop(true)
  end
  vim.cmd('cquit 1')
end
