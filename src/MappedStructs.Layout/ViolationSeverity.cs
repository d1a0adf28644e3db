namespace MappedStructs.Layout;

/// <summary>How bad a violation is; only errors stop generation.</summary>
internal enum ViolationSeverity
{
    /// <summary>Informational (padding), hidden by default like <c>-Wpadded</c>.</summary>
    Hidden = 0,

    /// <summary>Legal but likely wrong or slow (misalignment); code is still generated.</summary>
    Warning = 1,

    /// <summary>No code is generated.</summary>
    Error = 2,

    /// <summary>Worth knowing, shown by default, changes nothing (a generated member renamed around a user's name).</summary>
    Info = 3,
}
