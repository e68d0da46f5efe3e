namespace Notices.Testing.Contracts;

/// <summary>
/// The personal and sensitive data planted in the generated contracts, so that tests (and the
/// benchmark) know exactly what must disappear. Every value is fictional: phone numbers are from
/// Ofcom's ranges reserved for drama, names and addresses are invented.
/// </summary>
public static class PlantedData
{
    public const string AuthorityRepresentative = "Priya Raman";
    public const string AuthorityEmail = "priya.raman@leedsnorth.gov.uk";
    public const string ContractManager = "Siobhan Kelly";
    public const string ContractManagerPhone = "0113 496 0718";
    public const string SupplierManager = "Daniel Okafor";
    public const string SupplierEmail = "daniel.okafor@brightwater-services.co.uk";
    public const string SupplierMobile = "07700 900123";
    public const string Employee = "Mark Hughes";
    public const string EmployeeMobile = "07700 900456";
    public const string EmployeeNationalInsurance = "JT 48 21 93 B";
    public const string DeletedMobile = "07700 900789";
    public const string Witness = "Helen Ashworth";
    public const string WitnessAddress = "7 Moor Lane, Ilkley LS29 9AB";
    public const string RepresentativeAddress = "14 Elmfield Road, Harrogate HG1 5QT";
    public const string SortCode = "20-45-77";
    public const string AccountNumber = "41736290";
    public const string DayRate = "£1,240 per consultant per day";
    public const string EmbeddedSalary = "salary of £48,500";

    /// <summary>Every planted personal-data string.</summary>
    public static IReadOnlyList<string> PersonalData { get; } =
    [
        AuthorityRepresentative, AuthorityEmail, ContractManager, ContractManagerPhone, SupplierManager, SupplierEmail,
        SupplierMobile, Employee, EmployeeMobile, EmployeeNationalInsurance, DeletedMobile, Witness, WitnessAddress,
        RepresentativeAddress, SortCode, AccountNumber,
    ];

    /// <summary>Planted commercially sensitive strings.</summary>
    public static IReadOnlyList<string> CommerciallySensitive { get; } = [DayRate, EmbeddedSalary];
}
