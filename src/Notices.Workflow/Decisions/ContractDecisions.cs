using System.Globalization;
using Notices.Workflow.Commands;
using Notices.Workflow.Events;
using Notices.Workflow.Law;
using Notices.Workflow.Procurements;
using Notices.Workflow.State;

namespace Notices.Workflow.Decisions;

/// <summary>The award decision, entering into the contract (after any standstill), its changes and its end.</summary>
internal static class ContractDecisions
{
    public static Decision RecordAward(RecordAwardDecision c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "record an award decision") is { } refused)
        {
            return refused;
        }

        var why = s.Phase switch
        {
            Phase.Tendering => null,
            Phase.Planning => "An award decision needs the tender notice (UK4) or transparency notice (UK5) to have been published first.",
            Phase.Terminated => Terminated,
            _ => "The award decision has already been recorded.",
        };
        if (why is not null)
        {
            return Decision.Refuse(why);
        }

        var problems = new List<Problem>();
        if (c.Suppliers.Count == 0)
        {
            problems.Add(new Problem("Name at least one supplier the contract is to be awarded to.", "suppliers"));
        }

        for (var i = 0; i < c.Suppliers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(c.Suppliers[i].Name))
            {
                problems.Add(new Problem("Enter the supplier's name.", $"suppliers[{i}].name"));
            }

            if (string.IsNullOrWhiteSpace(c.Suppliers[i].Identifier))
            {
                problems.Add(new Problem("Enter the supplier's identifier (for example its GB-PPON).", $"suppliers[{i}].identifier"));
            }
        }

        if (c.Value <= 0)
        {
            problems.Add(new Problem("Enter the value of the contract in pounds, including VAT; it must be more than £0.", "value"));
        }

        if (c.DecidedOn > ActRules.UkDate(c.Context.At))
        {
            problems.Add(new Problem("The date of the award decision cannot be in the future.", "decidedOn"));
        }

        return problems.Count > 0
            ? Decision.Refuse(problems)
            : Decision.Accept(new AwardDecisionRecorded(c.Context, c.Suppliers, c.Value, c.DecidedOn));
    }

    public static Decision RecordEntered(RecordContractEntered c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "record that the contract was entered into") is { } refused)
        {
            return refused;
        }

        var standstillOver = s.Phase == Phase.Standstill && s.Standstill is { } period && c.Context.At >= period.EndsAt;
        var why = s.Phase switch
        {
            Phase.ReadyToContract => null,
            Phase.Standstill when standstillOver => null,
            Phase.Standstill => $"The contract cannot be entered into until the standstill period ends at the end of {Day(s.Standstill!.LastDay)}.",
            Phase.Planning or Phase.Tendering => "A contract can only be entered into after the award decision and the contract award notice (UK6).",
            Phase.Awarded => "The contract award notice (UK6) must be published, and the standstill period must end, before the contract is entered into.",
            Phase.Terminated => Terminated,
            _ => "The contract has already been entered into.",
        };
        if (why is not null)
        {
            return Decision.Refuse(why);
        }

        var problems = new List<Problem>();
        var today = ActRules.UkDate(c.Context.At);
        if (c.EnteredOn > today)
        {
            problems.Add(new Problem("The date the contract was entered into cannot be in the future.", "enteredOn"));
        }

        if (s.Standstill is { } standstill && c.EnteredOn <= standstill.LastDay)
        {
            problems.Add(new Problem(
                $"The contract cannot have been entered into during the standstill period, which ended at the end of {Day(standstill.LastDay)}.",
                "enteredOn"));
        }

        if (c.Value <= 0)
        {
            problems.Add(new Problem("Enter the value of the contract in pounds, including VAT; it must be more than £0.", "value"));
        }

        if (c.EndsOn < c.StartsOn)
        {
            problems.Add(new Problem("The contract's end date must be on or after its start date.", "endsOn"));
        }

        if (problems.Count > 0)
        {
            return Decision.Refuse(problems);
        }

        List<ProcurementEvent> events = standstillOver ? [new StandstillEnded(c.Context)] : [];
        events.Add(new ContractEntered(c.Context, c.EnteredOn, c.Value, c.StartsOn, c.EndsOn));
        events.AddRange(Obligations.OnContractEntered(c.Context, s, c.EnteredOn, c.Value));
        return Decision.Accept(events);
    }

    public static Decision RecordChange(RecordContractChange c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "record a change to the contract") is { } refused)
        {
            return refused;
        }

        if (s.Phase != Phase.Contracted || s.Contract is null)
        {
            return Decision.Refuse(s.Phase == Phase.ContractEnded
                ? "The contract has ended, so it can no longer be changed."
                : "A change can only be recorded for a contract that has been entered into.");
        }

        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(c.Description) || c.Description.Length > CommandLimits.Text)
        {
            problems.Add(new Problem($"Describe the change (up to {CommandLimits.Text:N0} characters).", "description"));
        }

        if (c.NewValue <= 0)
        {
            problems.Add(new Problem("Enter the contract's value once changed, in pounds including VAT.", "newValue"));
        }

        if (c.EffectiveOn < s.Contract.EnteredOn)
        {
            problems.Add(new Problem("A change cannot take effect before the contract was entered into.", "effectiveOn"));
        }

        if (problems.Count > 0)
        {
            return Decision.Refuse(problems);
        }

        var number = s.Contract.Changes + 1;
        var (notice, refusal) = ChangeNotices.OnChange(c, s, s.Contract, number);
        if (refusal is not null)
        {
            return Decision.Refuse([refusal]);
        }

        return Decision.Accept(
            [new ContractChanged(c.Context, number, c.Description.Trim(), c.NewValue, c.EffectiveOn),
             .. notice,
             .. Obligations.OnContractChanged(c.Context, number, c.NewValue, c.EffectiveOn)]);
    }

    public static Decision RecordEnded(RecordContractEnded c, Registered s)
    {
        if (Permissions.RequireCommissioner(c.Context, "record the end of the contract") is { } refused)
        {
            return refused;
        }

        if (s.Phase != Phase.Contracted || s.Contract is null)
        {
            return Decision.Refuse(s.Phase == Phase.ContractEnded
                ? "The end of the contract has already been recorded."
                : "The end of a contract can only be recorded once the contract has been entered into.");
        }

        if (c.EndedOn > ActRules.UkDate(c.Context.At))
        {
            return Decision.Refuse("The date the contract ended cannot be in the future.", "endedOn");
        }

        if (c.EndedOn < s.Contract.EnteredOn)
        {
            return Decision.Refuse("A contract cannot end before it was entered into.", "endedOn");
        }

        return Decision.Accept(
            [new ContractEnded(c.Context, c.EndedOn, c.Ending), .. Obligations.OnContractEnded(c.Context, s, c.EndedOn)]);
    }

    private const string Terminated = "This procurement has been terminated.";

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
