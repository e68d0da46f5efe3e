namespace Notices.Domain.Notices;

/// <summary>UK4 tender notice (regs 18-24): the lots in full, the deadlines in order.</summary>
internal static class TenderRules
{
    public static void Check(ValidationErrors e, TenderNotice n)
    {
        LotRules.Check(e, n, valueRequired: true, lotsRequired: true, tenderDetail: true);
        if (n.Procedure is null)
        {
            e.Add("procedure", "Say which procedure the tender notice opens: open, competitive flexible or a below-threshold procedure.");
        }
        else if (n.Procedure is Notices.Procedure.DirectAward or Notices.Procedure.BelowThresholdWithoutCompetition)
        {
            e.Add("procedure", "A direct award is not advertised with a tender notice; publish a transparency notice (UK5) instead, or choose the open or competitive flexible procedure.");
        }

        FieldRules.Required(e, n.TenderDeadline, "tenderDeadline", "Enter the date and time by which tenders must be submitted.");
        if (n.Procedure == Notices.Procedure.CompetitiveFlexible && n.ParticipationDeadline is null)
        {
            e.Add("participationDeadline", "Enter the deadline for requests to participate in the competitive flexible procedure.");
        }

        FieldRules.NotAfter(e, n.EnquiryDeadline, n.TenderDeadline, "enquiryDeadline", "the deadline for clarification questions", "the tender deadline");
        FieldRules.NotAfter(e, n.ParticipationDeadline, n.TenderDeadline, "participationDeadline", "the deadline for requests to participate", "the tender deadline");
        FieldRules.NotAfter(e, n.TenderDeadline, n.EstimatedAwardDate, "estimatedAwardDate", "the tender deadline", "the estimated award date");
        if (n.Publication is { } published)
        {
            FieldRules.NotAfter(e, published.Published, n.TenderDeadline, "tenderDeadline", "the publication of the tender notice", "the tender deadline");
        }

        for (var i = 0; i < n.Lots.Count; i++)
        {
            FieldRules.NotAfter(
                e, n.TenderDeadline, n.Lots[i].ContractPeriod?.StartDate, $"lots[{i}].contractPeriod.startDate",
                "the tender deadline", "the start of the lot's contract");
        }

        var lotsNeedRationale = n.Lots.Count == 1
            && n.SpecialRegime is not (Procurement.SpecialRegime.LightTouch or Procurement.SpecialRegime.Utilities)
            && n.AboveThreshold != false;
        if (lotsNeedRationale && string.IsNullOrWhiteSpace(n.NoLotsRationale))
        {
            e.Add("noLotsRationale", "Explain why the contract is not divided into lots (reg 18), or divide it into lots.");
        }

        FieldRules.OptionalText(e, n.NoLotsRationale, "noLotsRationale", "the reason for not using lots", FieldLimits.Description);
        FieldRules.OptionalText(e, n.SubmissionDetails, "submissionDetails", "how to submit a tender", FieldLimits.Description);
        for (var i = 0; i < n.SubmissionLanguages.Count; i++)
        {
            if (n.SubmissionLanguages[i] is not { Length: 2 } language || !language.All(char.IsAsciiLetterLower))
            {
                e.Add($"submissionLanguages[{i}]", $"'{n.SubmissionLanguages[i]}' is not a language code; give the two-letter code, such as en for English or cy for Welsh.");
            }
        }
    }
}
