using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Notices.Testing;
using Notices.Workflow.Events;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// A contract change over the API says whether it is only a novation on a corporate restructuring, which always needs
/// a contract change notice (s.75(2)), however small; the forms send it from their checkbox.
/// </summary>
public sealed class ApiContractChangeTests(AzuriteFixture azurite) : IAsyncLifetime, IClassFixture<AzuriteFixture>
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite: azurite.Process);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task SmallChange_CorporateRestructuringOrNot_NeedsAChangeNoticeOnlyWhenItIs(bool corporateRestructuring, bool noticeDue)
    {
        var id = await ContractJourney.ContractedAsync(_app);
        using var commissioner = await _app.SignInAsync("ada.lovelace");
        var effectiveOn = Notices.Domain.Time.UkTime.Today(_app.Clock).AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await ApiJourney.MustAsync(commissioner, $"/api/procurements/{id}/contract/changes",
            $$"""{"description":"Green Bins Limited is taken over by its parent company.","newValue":7800000,"effectiveOn":"{{effectiveOn}}","corporateRestructuring":{{(corporateRestructuring ? "true" : "false")}}}""");

        var state = (await _app.Services.GetRequiredService<ProcurementWorkflow>().Queries.ProcurementAsync(new ProcurementId(id)))!.State;
        Assert.Equal(noticeDue, state.Obligations.Values.Any(o => o.Kind == ObligationKind.ChangeNotice));
    }
}
