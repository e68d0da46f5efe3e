using Notices.Workflow.Commands;
using Notices.Workflow.Decisions;
using Notices.Workflow.Events;
using Notices.Workflow.State;
using Xunit;

namespace Notices.Workflow.Tests.Support;

/// <summary>Given a history, when a command is decided, then these events (or this refusal).</summary>
public sealed class DeciderSpec
{
    private readonly IReadOnlyList<ProcurementEvent> given;
    private Decision? decision;

    private DeciderSpec(IReadOnlyList<ProcurementEvent> given) => this.given = given;

    public static DeciderSpec Given(Scenario scenario) => new(scenario.Events);

    public static DeciderSpec Given(params ProcurementEvent[] events) => new(events);

    public static DeciderSpec GivenNothing() => new([]);

    public DeciderSpec When(ProcurementCommand command)
    {
        decision = ProcurementDecider.Decide(command, ProcurementEvolution.Fold(given));
        return this;
    }

    public IReadOnlyList<ProcurementEvent> ThenAccepted()
    {
        var d = Decided();
        Assert.False(d.IsRefused, string.Join(" ", d.Problems.Select(p => p.Message)));
        return d.Events;
    }

    public void Then(params ProcurementEvent[] expected) => Assert.Equal(expected, ThenAccepted());

    public void ThenNothingHappens()
    {
        Assert.Empty(ThenAccepted());
    }

    public void ThenRepeated()
    {
        var d = Decided();
        Assert.True(d.Repeated);
        Assert.Empty(d.Events);
        Assert.Empty(d.Problems);
    }

    public void ThenRefused(string message, string? field = null)
    {
        var d = Decided();
        Assert.True(d.IsRefused, "Expected a refusal, but the command was accepted.");
        Assert.Empty(d.Events);
        Assert.Contains(d.Problems, p => p.Message == message && p.Field == field);
    }

    /// <summary>Refused, with a problem on <paramref name="field"/> whose message contains <paramref name="words"/>.</summary>
    public void ThenRefusedAt(string field, string words)
    {
        var d = Decided();
        Assert.True(d.IsRefused, "Expected a refusal, but the command was accepted.");
        Assert.Empty(d.Events);
        Assert.Contains(d.Problems, p => p.Field == field && p.Message.Contains(words, StringComparison.Ordinal));
    }

    public ProcurementState StateAfter() => Decided().Events.Aggregate(ProcurementEvolution.Fold(given), ProcurementEvolution.Evolve);

    private Decision Decided() => decision ?? throw new InvalidOperationException("Call When first.");
}
