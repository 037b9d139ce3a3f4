namespace ChainTrace.Graph.Tags;

/// <summary>What a <see cref="TagDiagnostic"/> is about, for programs that count or filter them.</summary>
public enum TagDiagnosticKind
{
    /// <summary>The address fails the syntax check of its network; the entry is dropped.</summary>
    MalformedAddress,

    /// <summary>The address had leading or trailing white space; it was trimmed and the entry loaded.</summary>
    AddressTrimmed,

    /// <summary>The same entry appears again in the same file; the later one is dropped.</summary>
    DuplicateEntry,

    /// <summary>A required field is missing: an entry without address, label or currency is dropped.</summary>
    MissingField,

    /// <summary>The currency or network is not a ticker symbol (e.g. "Ripple"); the entry loaded unvalidated.</summary>
    UnknownCurrency,

    /// <summary>The confidence name is not in the GraphSense confidence taxonomy; the level is left empty.</summary>
    UnknownConfidence,

    /// <summary>A date that cannot be read; the date is left empty.</summary>
    BadDate,

    /// <summary>A date in a non-ISO format that was read (e.g. 7/22/17 as 2017-07-22).</summary>
    DateFormat,

    /// <summary>A field value of the wrong shape (e.g. is_cluster_definer: maybe); the field is ignored.</summary>
    BadValue,

    /// <summary>A field the format does not define; it is ignored.</summary>
    UnknownField,

    /// <summary>An entry that is not an object/mapping, or a header field placed after the tags.</summary>
    BadEntry,

    /// <summary>A whole file could not be read and was skipped (only with <see cref="UnreadableFilePolicy.Report"/>).</summary>
    UnreadableFile,
}
