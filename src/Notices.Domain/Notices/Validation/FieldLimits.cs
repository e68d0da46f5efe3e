namespace Notices.Domain.Notices;

/// <summary>
/// Maximum lengths. Organisation names (300) and party ids (250) are Find a Tender's published limits;
/// the others follow the same reception schema's pattern for free text so that a notice is never
/// refused for length after it has been approved.
/// </summary>
public static class FieldLimits
{
    public const int OrganisationName = 300;
    public const int PartyId = 250;
    public const int Title = 300;
    public const int Reference = 200;
    public const int ShortText = 1000;
    public const int Description = 4000;
    public const int LongDescription = 10000;
    public const int Url = 2000;
}
