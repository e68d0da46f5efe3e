using Notices.Domain.Notices;
using Notices.Domain.Thresholds;

namespace Notices.Domain.Catalogue;

public static partial class NoticeCatalogue
{
    private static NoticeDefinition[] Tendering() =>
    [
        new(NoticeType.UK4, "Tender notice", NoticeStage.Tendering, "s.21; s.87(1) below threshold", "regs 18-22; reg 24 below threshold",
            NoticeObligation.Conditional,
            "Required to run an open or competitive flexible procedure, including to establish a framework or to run a competition among members of a dynamic market; and, below threshold, before advertising a notifiable below-threshold contract.",
            new DeadlineRule(DeadlineKind.Before, "Publishing it starts the procedure; the participation and tendering periods (s.54) run from it."),
            [
                new(CarveOutKind.Utilities, "For a qualifying utilities dynamic market the notice is sent to the market's members instead of being published.", "s.40"),
                new(CarveOutKind.BelowThreshold, $"Below threshold, required only to advertise a notifiable contract ({PoundsInWords.Of(MoneyTriggers.NotifiableBelowThresholdCentralGovernment)} central government, {PoundsInWords.Of(MoneyTriggers.NotifiableBelowThresholdOther)} others); not needed when only particular, pre-selected suppliers are invited.", "s.87(1)-(2)"),
                new(CarveOutKind.Frameworks, "Also establishes a framework, with the framework's terms (reg 20); a call-off under a framework needs no tender notice.", "reg 20"),
                new(CarveOutKind.LightTouch, "No minimum participation or tendering period applies to a light touch contract.", "s.54"),
                new(CarveOutKind.DynamicMarkets, "A competition among members of a dynamic market carries the market's identifier.", "reg 21"),
            ],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SubjectMatter,
                new("That it is an open procedure (s.20(2)(a)) or a competitive flexible procedure (s.20(2)(b)), and for the latter how the procedure will run, including any negotiation", "regs 18-19"),
                SpecialRegimeFlag("regs 18-19"),
                new("Estimated value of the contract", "regs 18-19"),
                new("How and by when to submit a request to participate or a tender", "regs 18-19"),
                new("Award criteria, or a summary of them", "regs 18-19"),
                new("Conditions of participation", "regs 18-19"),
                new("Lots: title, number, subject-matter, value, CPV codes, criteria, options and location of each, and any limit on lots per supplier; or why the contract is not divided into lots", "regs 18-19"),
                new("Options to extend or add to the contract", "regs 18-19"),
                new("Which shortened tendering period under s.54(4) is relied on, if any", "regs 18-19"),
                SmeSuitability("regs 18-19"),
                new("The tender documents: titles, and where to get them or that they are attached", "regs 18-19"),
                new("Whether the procurement is covered by the GPA and other trade agreements", "regs 18-19"),
                new("Known risks to the performance of the contract (Schedule 8, paragraph 5)", "regs 18-19"),
                new("The reasons for not publishing a preliminary market engagement notice, if engagement was carried out without one", "s.17"),
                new("Estimated date of the award", "regs 18-19"),
                new("For a framework: term, who may call off, selection process for call-offs, number of suppliers, any fee (s.45(7))", "reg 20"),
                ConflictsAssessment,
            ]),

        new(NoticeType.UK12, "Procurement termination notice", NoticeStage.Tendering, "s.55", "reg 37",
            NoticeObligation.Conditional,
            "Required when, after publishing a tender notice or a transparency notice, the authority decides not to award the contract.",
            new DeadlineRule(DeadlineKind.AsSoonAsReasonablyPracticable, "As soon as reasonably practicable after the decision not to award."),
            [NoPrivateUtilities("s.55")],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                new("A statement that the authority has decided not to award the contract", "reg 37"),
                new("The date of that decision", "reg 37"),
            ]),
    ];
}
