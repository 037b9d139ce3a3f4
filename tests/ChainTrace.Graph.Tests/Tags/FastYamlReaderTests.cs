using ChainTrace.Graph.Tags;
using FsCheck;
using FsCheck.Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ChainTrace.Graph.Tests.Tags;

/// <summary>The fast YAML subset reader must read exactly what YamlDotNet reads, or step aside.</summary>
public sealed class FastYamlReaderTests
{
    [Theory]
    [InlineData("a: 1\nb: two words\n")]
    [InlineData("# comment\n---\na: 1 # trailing comment\n\n\nb: 'x # not a comment'\n...\n")]
    [InlineData("tags:\n- a: 1\n  b: 2\n- c: 3\nafter: x\n")]
    [InlineData("tags:\n    - a: 1\n      b: 2\n    - c: 3\nafter: x\n")]
    [InlineData("list: [a, 'b c', \"d\\te\", ]\nempty: []\nnone: {}\n")]
    [InlineData("s: 'it''s'\nd: \"q\\\"\\u00e9\\x41\\\\\"\n")]
    [InlineData("k: 'multi\n  line\n\n  folded  '\nz: 1\n")]
    [InlineData("k: \"escaped \\\n  break\"\nm: \"two\n\n\n  blanks\"\n")]
    [InlineData("empty:\nnull: ~\nafter: 1\n")]
    [InlineData("- - nested\n  - seq\n- -\n- 'quoted'\n")]
    [InlineData("url: http://example.org/a:b#c\nkey:value: x\n")]
    [InlineData("a:\n  b:\n    c: deep\n  d: [1]\ne: 2\n")]
    [InlineData("%YAML 1.1\n---\nq: \"a\"\n")]
    [InlineData("\"quoted key\": 1\n'other': 2\n")]
    [InlineData("k: v\r\nl: w\r\n")]
    [InlineData("plain\n")]
    [InlineData("")]
    public void Read_SubsetText_GivesYamlDotNetEvents(string yaml)
    {
        var fast = FastYamlReader.Read(yaml).ToList();
        var reference = YamlDotNetEventReader.Read(yaml).ToList();

        Assert.Equal(reference, fast);
    }

    [Theory]
    [InlineData("a: &x 1\n")]
    [InlineData("a: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: [1,\n  2]\n")]
    [InlineData("a:\n\t- tab\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 'open\n")]
    [InlineData("a: \"bad \\q escape\"\n")]
    [InlineData("a: 1\n b: 2\n")]
    [InlineData("a: x\u2028y\n")]
    public void Read_OutsideSubset_ThrowsSubsetException(string yaml) =>
        Assert.Throws<YamlSubsetException>(() => FastYamlReader.Read(yaml).ToList());

    [Fact]
    public void Read_EventLines_AreOneBased()
    {
        var events = FastYamlReader.Read("a: 1\ntags:\n- x: 'y\n    z'\n  w: v\n").ToList();

        Assert.Equal(
            [(YamlEventKind.MappingStart, 1), (YamlEventKind.Scalar, 1), (YamlEventKind.Scalar, 1), (YamlEventKind.Scalar, 2),
             (YamlEventKind.SequenceStart, 3), (YamlEventKind.MappingStart, 3), (YamlEventKind.Scalar, 3), (YamlEventKind.Scalar, 3),
             (YamlEventKind.Scalar, 5), (YamlEventKind.Scalar, 5), (YamlEventKind.MappingEnd, 0), (YamlEventKind.SequenceEnd, 0),
             (YamlEventKind.MappingEnd, 0)],
            events.Select(e => (e.Kind, e.Line)));
        Assert.Equal("y z", events[7].Value);
    }

    /// <summary>
    /// Any string, written by YamlDotNet's emitter as a mapping value and a sequence item in each scalar style, reads
    /// back through the fast reader as YamlDotNet reads it, or the fast reader declines.
    /// </summary>
    [Property(MaxTest = 300)]
    public bool Read_EmittedScalar_MatchesYamlDotNetOrDeclines(NonNull<string> text, bool inSequence)
    {
        var results = new List<bool>();
        foreach (var style in new[] { ScalarStyle.Any, ScalarStyle.Plain, ScalarStyle.SingleQuoted, ScalarStyle.DoubleQuoted })
        {
            var yaml = Emit(text.Get, style, inSequence);
            if (yaml is null)
            {
                continue;
            }

            List<YamlEvent> reference;
            try
            {
                reference = YamlDotNetEventReader.Read(yaml).ToList();
            }
            catch (YamlSyntaxException)
            {
                continue; // YamlDotNet cannot read back what it wrote (e.g. lone surrogates): nothing to compare
            }

            try
            {
                results.Add(reference.SequenceEqual(FastYamlReader.Read(yaml)));
            }
            catch (YamlSubsetException)
            {
                results.Add(true);
            }
        }

        return results.All(ok => ok);
    }

    [Theory] // regression: YamlDotNet's scanner throws InvalidOperationException on this (FsCheck found it)
    [InlineData(ScalarStyle.Any)]
    [InlineData(ScalarStyle.Plain)]
    [InlineData(ScalarStyle.SingleQuoted)]
    [InlineData(ScalarStyle.DoubleQuoted)]
    public void YamlDotNetEventReader_ControlCharactersInSequenceItem_ReadsOrReportsSyntax(ScalarStyle style)
    {
        var yaml = Emit("3~U\u007F1t9yXJQ\u0016f\u0014(\u0016\r2wf\r&d\u00177\u001C`\u001FhMeX\0{\u0017j", style, inSequence: true);
        if (yaml is null)
        {
            return;
        }

        try
        {
            _ = YamlDotNetEventReader.Read(yaml).ToList();
        }
        catch (YamlSyntaxException e)
        {
            Assert.True(e.Line >= 1);
        }
    }

    [Property(MaxTest = 200)]
    public bool Read_EmittedPrintableAscii_ReadByFastPath(NonNull<string> text)
    {
        var printable = new string(text.Get.Where(c => c is >= ' ' and <= '~').ToArray());
        var yaml = Emit(printable, ScalarStyle.Any, inSequence: false)!;

        var fast = FastYamlReader.Read(yaml).ToList();

        return fast[2].Value == printable;
    }

    private static string? Emit(string value, ScalarStyle style, bool inSequence)
    {
        using var writer = new StringWriter();
        var emitter = new Emitter(writer);
        try
        {
            emitter.Emit(new StreamStart());
            emitter.Emit(new DocumentStart());
            emitter.Emit(new MappingStart());
            emitter.Emit(new Scalar("key"));
            if (inSequence)
            {
                emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
            }

            emitter.Emit(new Scalar(null, null, value, style, true, true));
            emitter.Emit(new Scalar("next"));
            if (inSequence)
            {
                emitter.Emit(new SequenceEnd());
            }
            else
            {
                emitter.Emit(new Scalar("after"));
            }

            emitter.Emit(new MappingEnd());
            emitter.Emit(new DocumentEnd(true));
            emitter.Emit(new StreamEnd());
        }
        catch (YamlException)
        {
            return null; // the emitter refuses this style for this value
        }

        return writer.ToString();
    }
}
