using Notices.Domain.Notices;

namespace Notices.Domain.Catalogue;

public static partial class NoticeCatalogue
{
    private static NoticeDefinition[] Award() =>
    [
        new(NoticeType.UK5, "Transparency notice", NoticeStage.Award, "s.44", "reg 26",
            NoticeObligation.Conditional,
            "Required before a direct award under s.41 (special cases, Schedule 5) or s.43 (switching to direct award when no suitable tenders were received).",
            new DeadlineRule(DeadlineKind.Before, "Before the contract is awarded; the Act sets no minimum time between the two."),
            [
                new(CarveOutKind.UserChoiceContracts, "A direct award of a user choice contract (Schedule 5, paragraph 15) needs no transparency notice.", "s.44"),
                new(CarveOutKind.DirectAward, "This is the notice of a direct award; competitive awards never use it.", "ss.41, 43"),
            ],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SubjectMatter,
                SpecialRegimeFlag("reg 26"),
                new("The direct award justification: the Schedule 5 ground and why it applies; or the s.42 regulations relied on; or, for a switch under s.43, why no suitable tenders were received", "reg 26"),
                new("Lots and estimated value", "reg 26"),
                SmeSuitability("reg 26"),
                new("For each supplier chosen: name, unique identifier and contact details", "reg 26"),
                new("Estimated date the contract will be entered into", "reg 26"),
                ConflictsAssessment,
            ]),

        new(NoticeType.UK6, "Contract award notice", NoticeStage.Award, "s.50 (standstill s.51)", "regs 27-30",
            NoticeObligation.Required,
            "Required before entering into any public contract: after a competitive procedure, a direct award, a call-off under a framework, an award through a dynamic market, and for light touch contracts.",
            new DeadlineRule(DeadlineKind.Before, "Before the contract is entered into. Publishing it starts the standstill: 8 working days beginning with the day of publication (s.51), or the longer period it states."),
            [
                new(CarveOutKind.DefenceAndSecurity, "Not required for a defence and security contract called off under a defence and security framework.", "s.50"),
                new(CarveOutKind.UserChoiceContracts, "Not required for a user choice contract.", "s.50"),
                new(CarveOutKind.Frameworks, "Required for a call-off, but the standstill is voluntary (at least 8 working days if stated).", "s.51(3)"),
                new(CarveOutKind.LightTouch, "The standstill is voluntary for a light touch contract.", "s.51(3)"),
                new(CarveOutKind.DirectAward, "The standstill is voluntary for an urgent direct award, a s.42 direct award and a private utility's direct award.", "s.51(3)"),
                new(CarveOutKind.BelowThreshold, "Not used for below-threshold contracts, which go straight to a contract details notice.", "s.87"),
                new(CarveOutKind.DynamicMarkets, "Required for a contract awarded through a dynamic market; the standstill is voluntary.", "s.51(3)"),
            ],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SubjectMatter,
                new("For each supplier: name, contact details, unique identifier, whether a consortium, and whether an SME, VCSE, supported employment provider or public service mutual", "reg 27"),
                new("Associated persons and connected persons of each supplier (month and year of birth only for individuals)", "reg 27"),
                new("The date of the award decision and the details of each lot awarded", "reg 27"),
                new("Whether and when assessment summaries were sent to the tenderers", "reg 27"),
                new("Estimated value of the contract", "reg 27"),
                new("How many tenders were received and assessed; above £5 million, each unsuccessful assessed tenderer's name, identifier and address", "reg 27"),
                new("The procedure used, and for a call-off whether by competitive selection or without further competition", "reg 27"),
                new("The end date of the standstill period, or the date before which the contract will not be entered into", "reg 27"),
                new("Estimated date the contract will be entered into", "reg 27"),
                DirectAwardJustification("reg 27"),
            ]),
    ];
}
