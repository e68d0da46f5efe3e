using System.Text;
using Notices.Domain.Contracts;
using Notices.Testing.Contracts;
using Xunit;

namespace Notices.Redaction.Tests;

public class SuggestionTests
{
    private static IReadOnlyList<Suggestion> SuggestFor(string text) =>
        ContractRedactor.Suggest(ContractFile.FromBytes(Encoding.UTF8.GetBytes(text), ContractFileType.PlainText));

    [Theory]
    [InlineData("Contact jane.smith@example.co.uk for access.", PersonalDataKind.EmailAddress, "jane.smith@example.co.uk")]
    [InlineData("Call 07700 900123 out of hours.", PersonalDataKind.PhoneNumber, "07700 900123")]
    [InlineData("Call +44 (0)20 7946 0018 out of hours.", PersonalDataKind.PhoneNumber, "+44 (0)20 7946 0018")]
    [InlineData("Direct line (0161) 496 0000.", PersonalDataKind.PhoneNumber, "(0161) 496 0000")]
    [InlineData("National Insurance number JT 48 21 93 B.", PersonalDataKind.NationalInsuranceNumber, "JT 48 21 93 B")]
    [InlineData("NI: AB123456C", PersonalDataKind.NationalInsuranceNumber, "AB123456C")]
    [InlineData("Sort code: 20-45-77", PersonalDataKind.SortCode, "20-45-77")]
    [InlineData("Account number: 41736290", PersonalDataKind.BankAccountNumber, "41736290")]
    [InlineData("Signed by Jane Smith for and on behalf of the Supplier", PersonalDataKind.Signatory, "Jane Smith")]
    public void Suggest_OneKindOfPersonalData_Found(string text, PersonalDataKind kind, string expected)
    {
        var suggestions = SuggestFor(text);

        var suggestion = Assert.Single(suggestions, s => s.Kind == kind);
        Assert.Equal(expected, suggestion.Text);
        Assert.Equal(WithholdingGround.PersonalData, suggestion.Ground);
        Assert.Equal(new DocumentLocation("text", null, 1), suggestion.Location);
    }

    [Fact]
    public void Suggest_PostcodeNextToNamedPerson_AddressSuggested()
    {
        var suggestions = SuggestFor("The Authority's Representative is:\nMs Priya Raman\n14 Elmfield Road, Harrogate HG1 5QT\n");

        var address = Assert.Single(suggestions);
        Assert.Equal(PersonalDataKind.PostalAddress, address.Kind);
        Assert.Equal("14 Elmfield Road, Harrogate HG1 5QT", address.Text);
        Assert.Equal(3, address.Location.Paragraph);
    }

    [Fact]
    public void Suggest_SignatureBlock_NamesSignaturesAndWitnessAddressSuggested()
    {
        var suggestions = SuggestFor("Signed for and on behalf of Leeds North Council\nName: Priya Raman\nPosition: Head of Commercial Services\nSignature: P. Raman\nDate: 12 March 2026\nWitness name: Helen Ashworth\nWitness address: 7 Moor Lane, Ilkley LS29 9AB\n");

        Assert.Contains(suggestions, s => s is { Kind: PersonalDataKind.Signatory, Text: "Priya Raman" });
        Assert.Contains(suggestions, s => s is { Kind: PersonalDataKind.Signatory, Text: "P. Raman" });
        Assert.Contains(suggestions, s => s is { Kind: PersonalDataKind.Signatory, Text: "Helen Ashworth" });
        Assert.Contains(suggestions, s => s is { Kind: PersonalDataKind.PostalAddress, Text: "7 Moor Lane, Ilkley LS29 9AB" });
        Assert.DoesNotContain(suggestions, s => s.Text.Contains("12 March", StringComparison.Ordinal) || s.Text.Contains("Head of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Invoices go to accounts@leedsnorth.gov.uk within 30 days.")]
    [InlineData("The Supplier's company number is 04567891.")]
    [InlineData("The first report is due on 01-05-2026 and then 12-06-26.")]
    [InlineData("Deliver notices to Civic Hall, Portland Way, Leeds LS1 1UR.")]
    [InlineData("The estimated value is £7,350,000 including VAT; 12 500 units at 0.35 each.")]
    [InlineData("Clause 14.3 and Schedule 9; reference LNC-2026-0147; version 2.0.1.")]
    [InlineData("Invalid NI prefixes such as GB 12 34 56 A or QQ 12 34 56 C are not numbers.")]
    [InlineData("Call 0800 is not a number; nor is 01234 56.")]
    public void Suggest_CleanText_NothingSuggested(string text)
    {
        Assert.Empty(SuggestFor(text));
    }

    [Fact]
    public void Suggest_CleanGeneratedContract_NothingSuggested()
    {
        var clean = ContractFile.FromBytes(ContractDocx.Build(pages: 30, withPlantedData: false), ContractFileType.Docx);

        Assert.Empty(ContractRedactor.Suggest(clean));
    }

    [Fact]
    public void Suggest_GeneratedContract_FindsEveryKindWithItsPart()
    {
        var suggestions = ContractRedactor.Suggest(ContractFile.FromBytes(Corpus.Docx, ContractFileType.Docx));

        Assert.Equal(Enum.GetValues<PersonalDataKind>().Order(), suggestions.Select(s => s.Kind).Distinct().Order());
        Assert.Contains(suggestions, s => s.Text == PlantedData.SupplierEmail && s.Location.Part.StartsWith("/word/header", StringComparison.Ordinal));
        Assert.Contains(suggestions, s => s.Text == PlantedData.ContractManagerPhone && s.Location.Part.StartsWith("/word/footer", StringComparison.Ordinal));
        Assert.Contains(suggestions, s => s.Text == PlantedData.AuthorityEmail && s.Location.Part == "/word/comments.xml");
        Assert.Contains(suggestions, s => s.Text == PlantedData.EmployeeMobile && s.Location.Part == "/word/footnotes.xml");
        Assert.Contains(suggestions, s => s.Text == PlantedData.SupplierEmail && s.Location.Part == "/word/document.xml" && s.Location.Paragraph > 0);
        Assert.Contains(suggestions, s => s.Text == PlantedData.EmployeeNationalInsurance);
        Assert.Contains(suggestions, s => s.Text == PlantedData.SortCode);
        Assert.Contains(suggestions, s => s.Text == PlantedData.AccountNumber);
        Assert.Contains(suggestions, s => s.Text == PlantedData.RepresentativeAddress);
        Assert.DoesNotContain(suggestions, s => s.Text.Contains("procurement@", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_AcceptedSuggestions_RemoveThatPersonalDataEverywhere()
    {
        var file = ContractFile.FromBytes(Corpus.Docx, ContractFileType.Docx);
        var accepted = ContractRedactor.Suggest(file).Select(s => s.ToRedaction()).ToList();
        using var output = new MemoryStream();

        ContractRedactor.Redact(file, accepted, output);

        Assert.Empty(PackageInspector.Occurrences(output.ToArray(),
            [PlantedData.SupplierEmail, PlantedData.AuthorityEmail, PlantedData.SupplierMobile, PlantedData.EmployeeNationalInsurance, PlantedData.SortCode, PlantedData.AccountNumber, PlantedData.WitnessAddress]));
    }
}
