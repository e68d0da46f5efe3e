using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NoticeFunctions.Tests.Support;
using Notices.Api;
using Notices.Testing;
using Notices.Web.Api;
using Notices.Workflow.Orchestration;
using Notices.Workflow.Procurements;
using Notices.Workflow.Projections;
using Notices.Workflow.Serialization;
using Xunit;

namespace NoticeFunctions.Tests;

/// <summary>
/// The forms read a procurement as its timeline from the API, folded by the workflow's own fold: after a whole
/// contract's history (notices published, award, standstill, contract, obligations, a contract copy due), the state
/// they see is the state the workflow holds, field for field.
/// </summary>
public sealed class ProcurementHistoryTests(AzuriteFixture azurite) : IAsyncLifetime, IClassFixture<AzuriteFixture>
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(azurite: azurite.Process);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Timeline_ReadOverTheApiAndFolded_IsTheWorkflowsState()
    {
        var id = await ContractJourney.ContractedAsync(_app);
        using var reader = await _app.SignInAsync("grace.hopper");

        var timeline = await reader.Http.GetFromJsonAsync<IReadOnlyList<TimelineEntry>>($"/api/procurements/{id}/timeline", ApiJson.Options);
        var history = ProcurementHistory.From(new ProcurementId(id), timeline!)!;

        var held = (await _app.Services.GetRequiredService<ProcurementWorkflow>().Queries.ProcurementAsync(new ProcurementId(id)))!;
        Assert.Equal(held.Version, history.View.Version);
        Assert.Equal(JsonSerializer.Serialize(held.State, WorkflowJson.Options), JsonSerializer.Serialize(history.View.State, WorkflowJson.Options));
        Assert.NotEmpty(history.View.State.ContractCopies);
    }
}
