namespace Notices.Domain.Procurement;

/// <summary>
/// The kind of contracting authority, which decides the goods and services threshold (Schedule 1):
/// central government authorities have a lower one than sub-central authorities such as councils.
/// </summary>
public enum AuthorityType
{
    CentralGovernment,
    SubCentral,
    Utility,
}
