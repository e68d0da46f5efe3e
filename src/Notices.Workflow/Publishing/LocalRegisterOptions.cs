namespace Notices.Workflow.Publishing;

public sealed record LocalRegisterOptions
{
    /// <summary>The register's OCDS prefix: every ocid it assigns starts with it.</summary>
    public string OcidPrefix { get; init; } = "ocds-local1";
}
