namespace MappedStructs.Layout;

/// <summary>Default severities of the violation kinds.</summary>
internal static class ViolationKindExtensions
{
    public static ViolationSeverity Severity(this ViolationKind kind) => kind switch
    {
        ViolationKind.MisalignedField => ViolationSeverity.Warning,
        ViolationKind.SizeNotMultipleOfAlignment => ViolationSeverity.Warning,
        ViolationKind.PaddingBetweenFields => ViolationSeverity.Hidden,
        ViolationKind.PaddingAtEnd => ViolationSeverity.Hidden,
        ViolationKind.GeneratedNameCollision => ViolationSeverity.Info,
        _ => ViolationSeverity.Error,
    };
}
