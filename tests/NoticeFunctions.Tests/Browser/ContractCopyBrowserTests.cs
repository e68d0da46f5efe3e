using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Notices.Testing.Contracts;
using Xunit;

namespace NoticeFunctions.Tests.Browser;

/// <summary>A contract copy in the browser, every page checked with axe: upload, choose, submit, review side by side, approve.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ContractCopyBrowserTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BrowserApp _app = null!;

    public async Task InitializeAsync() => _app = await BrowserApp.StartAsync(azurite);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ContractCopy_UploadedChosenSubmittedReviewedAndApproved_IsPublished()
    {
        var id = await ContractJourney.ContractedAsync(_app.App);
        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.docx");
        await File.WriteAllBytesAsync(file, ContractDocx.Build(pages: 45));
        try
        {
            var commissioner = await _app.NewUserAsync();
            await Pages.SignInAsync(commissioner, "Ada Lovelace");
            await Pages.GoAsync(commissioner, $"/procurements/{id}");
            await Pages.ClickAsync(commissioner, "Publish the contract copies");
            await Pages.ClickAsync(commissioner, "Upload the signed contract");
            await commissioner.Locator("#file").SetInputFilesAsync(file);
            await Pages.ClickAsync(commissioner, "Upload");

            Assert.Equal("Choose what to withhold", await Pages.HeadingAsync(commissioner));
            await commissioner.GetByLabel($"Withhold {PlantedData.SupplierEmail}").CheckAsync();
            await Pages.FillAsync(commissioner, "phrases_0__text", PlantedData.DayRate);
            await commissioner.Locator("#phrases_0__ground").SelectOptionAsync("CommerciallySensitive");
            await Pages.ClickAsync(commissioner, "Save and submit for approval");
            Assert.Equal("Contract copies", await Pages.HeadingAsync(commissioner));
            await ContractJourney.WaitForAsync(_app.App, id, s => s.ContractCopies["contract-copy"].Redacted is not null);

            var approver = await _app.NewUserAsync();
            await Pages.SignInAsync(approver, "Grace Hopper");
            Assert.Contains("Waste collection services", await approver.Locator("#copy-approvals").InnerTextAsync(), StringComparison.Ordinal);
            await Pages.GoAsync(approver, $"/procurements/{id}/contract-copies/contract-copy/review");
            Assert.True(int.Parse((await approver.Locator("#passages").InnerTextAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 2);
            var marks = string.Join("|", await approver.Locator("#side-by-side mark").AllInnerTextsAsync());
            Assert.Contains(PlantedData.DayRate, marks, StringComparison.Ordinal);
            Assert.Contains(PlantedData.SupplierEmail, marks, StringComparison.Ordinal);
            await approver.Locator("#decision").CheckAsync();
            await Pages.FillAsync(approver, "publicInterestReasoning", "Publishing the day rate would let rivals undercut the retender.");
            await approver.Locator("#noConflictOfInterest").CheckAsync();
            await Pages.ClickAsync(approver, "Record my decision");

            await ContractJourney.WaitForAsync(_app.App, id, s => s.ContractCopies["contract-copy"].Publication is not null);
            await Pages.GoAsync(approver, $"/procurements/{id}/contract-copies");
            Assert.Contains("Published", await approver.Locator("#copies").InnerTextAsync(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
