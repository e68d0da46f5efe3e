using Notices.Domain.Contracts;

namespace Notices.Redaction;

/// <summary>The kinds of personal data the automatic suggestions look for.</summary>
public enum PersonalDataKind
{
    EmailAddress = 1,
    PhoneNumber = 2,
    NationalInsuranceNumber = 3,
    SortCode = 4,
    BankAccountNumber = 5,
    PostalAddress = 6,
    Signatory = 7,
}

/// <summary>
/// A passage the service thinks is personal data. It is only a suggestion: the commissioner
/// accepts it (<see cref="ToRedaction"/>), which removes that text everywhere in the file.
/// </summary>
public sealed record Suggestion(PersonalDataKind Kind, string Text, DocumentLocation Location)
{
    public WithholdingGround Ground { get; } = WithholdingGround.PersonalData;

    public Redaction ToRedaction() => new(Text, Ground);
}
