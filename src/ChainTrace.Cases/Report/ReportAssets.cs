using System.Security.Cryptography;
using System.Text;

namespace ChainTrace.Cases;

/// <summary>The report's inline style sheet and script, and the Content-Security-Policy that allows only that script.</summary>
internal static class ReportAssets
{
    /// <summary>The style sheet, with LF line ends whatever the source file has.</summary>
    public static string Style { get; } = StyleSource.ReplaceLineEndings("\n");

    /// <summary>
    /// The whole text of the report's one script element (click-to-sort for tables with class <c>sortable</c>; marks
    /// <c>html[data-script=ok]</c> when it ran), with LF line ends. The CSP hash covers exactly this text.
    /// </summary>
    public static string Script { get; } = "\n" + ScriptSource.ReplaceLineEndings("\n");

    private const string StyleSource = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; margin: 0; color: #1d2733; background: #ffffff; font-size: 14px; }
header { background: #17324d; color: #ffffff; padding: 18px 28px; }
header h1 { margin: 0 0 6px 0; font-size: 24px; }
header p { margin: 4px 0; }
nav { padding: 8px 28px; background: #e9eef4; font-size: 13px; }
nav a { margin-right: 14px; color: #17324d; }
main { padding: 8px 28px 28px 28px; }
section { margin-top: 22px; }
h2 { font-size: 18px; border-bottom: 2px solid #17324d; padding-bottom: 4px; }
h3 { font-size: 15px; margin-bottom: 6px; }
table { border-collapse: collapse; margin: 6px 0 12px 0; }
th, td { border: 1px solid #c6d0db; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #dfe7f0; }
table.sortable th { cursor: pointer; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code, .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; word-break: break-all; }
.note { color: #5b6b7b; font-size: 13px; }
.warning { background: #fff4d6; border-left: 4px solid #e0a800; padding: 6px 10px; }
.drawing { overflow: auto; border: 1px solid #c6d0db; max-height: 1200px; background: #fbfcfd; }
.legend span.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #5b6b7b; margin: 0 4px 0 12px; vertical-align: middle; }
footer { padding: 12px 28px; color: #5b6b7b; font-size: 12px; border-top: 1px solid #c6d0db; }
""";

    private const string ScriptSource = """
(function () {
  'use strict';
  function key(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ''; }
    var sort = cell.getAttribute('data-sort');
    return sort !== null ? sort : cell.textContent.trim();
  }
  function compareIntegers(x, y) {
    if (x.length !== y.length) { return x.length - y.length; }
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var head = table.tHead;
    if (!head || head.rows.length === 0) { return; }
    var headers = head.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      th.addEventListener('click', function () {
        var body = table.tBodies[0];
        if (!body) { return; }
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var type = th.getAttribute('data-type');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a, index);
          var y = key(b, index);
          var c = type === 'int' ? compareIntegers(x, y)
            : (type === 'float' ? (parseFloat(x) - parseFloat(y)) : x.localeCompare(y));
          return ascending ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  document.documentElement.setAttribute('data-script', 'ok');
}());
""";

    /// <summary>
    /// The policy: nothing may load, styles only inline, scripts only the one above (by hash), so even a tag that
    /// slipped past escaping could not run.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)))}'";
}
