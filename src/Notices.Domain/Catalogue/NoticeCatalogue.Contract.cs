using Notices.Domain.Notices;
using Notices.Domain.Thresholds;

namespace Notices.Domain.Catalogue;

public static partial class NoticeCatalogue
{
    private static NoticeDefinition[] Contract() =>
    [
        new(NoticeType.UK7, "Contract details notice", NoticeStage.Contract, "s.53; s.87(3) below threshold", "regs 32-35; reg 36 below threshold",
            NoticeObligation.Required,
            $"Required after entering into a public contract, and after entering into a notifiable below-threshold contract. For a contract worth more than {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords} a copy of the contract must also be published.",
            new DeadlineRule(DeadlineKind.DaysBeginningWith,
                $"Within 30 days beginning with the day the contract is entered into (120 for a light touch contract). A copy of a contract over {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords} within 90 days (180 for light touch).",
                Days: 30, LightTouchDays: 120),
            [
                new(CarveOutKind.LightTouch, "120 days instead of 30; the copy of the contract within 180 days instead of 90.", "s.53"),
                new(CarveOutKind.BelowThreshold, "For a notifiable below-threshold contract: as soon as reasonably practicable after it is entered into, with less content (reg 36), and no contract copy.", "s.87(3)"),
                NoPrivateUtilities("s.53"),
                new(CarveOutKind.UserChoiceContracts, "Not required for a user choice contract.", "s.53"),
                new(CarveOutKind.DevolvedAndTransferred, "The duty to publish a copy of the contract does not apply to devolved Welsh or transferred Northern Ireland awards.", "s.53"),
                new(CarveOutKind.Frameworks, "A framework, and a call-off under one, carries the framework's details (reg 33) or the parent framework's identifier and the call-off route (reg 34).", "regs 33-34"),
            ],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SubjectMatter,
                new("For each supplier: name, contact details, unique identifier, and whether an SME, VCSE, supported employment provider or public service mutual", "reg 32"),
                new("The procedure used and any reservation", "reg 32"),
                new("Lots and estimated value", "reg 32"),
                new("The date the contract was entered into", "reg 32"),
                new("Options to extend or add to the contract", "reg 32"),
                new("Whether it is a concession, defence and security, light touch or utilities contract, and whether the GPA and other trade agreements cover it", "reg 32"),
                new($"For a contract over {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}: the three key performance indicators the authority considers most material, or why KPIs are not suitable", "s.52; reg 32"),
                DirectAwardJustification("reg 35"),
                ConflictsAssessment,
            ]),

        new(NoticeType.UK9, "Contract performance notice", NoticeStage.Contract, "s.71 (KPIs s.52)", "reg 39",
            NoticeObligation.Conditional,
            $"Required (a) where key performance indicators were set for a contract over {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}: the supplier's performance against them; and (b) where a breach led to termination, damages or a settlement, or the supplier failed to improve after being given the chance.",
            new DeadlineRule(DeadlineKind.DaysBeginningWith,
                "KPI assessment at least once in every 12 months of the contract and when it ends; a breach or failure to improve within 30 days beginning with the day the duty arose (where a breach ends in termination of the whole contract, its details go in the contract termination notice instead, reg 39(9)).",
                Days: 30),
            [
                NoPrivateUtilities("s.71"),
                new(CarveOutKind.LightTouch, "Breach and failure-to-improve notices are not required for light touch contracts; KPIs need not be set for them.", "ss.52, 71"),
                new(CarveOutKind.Frameworks, "KPIs need not be set for a framework.", "s.52"),
                new(CarveOutKind.Concessions, "KPIs need not be set for a concession contract.", "s.52"),
            ],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SupplierDetails("reg 39"),
                new("KPI assessment: each of the three most material KPIs with its rating (Good, Approaching target, Requires improvement, Inadequate, or Other) and the period assessed", "reg 39"),
                new("Breach: why s.71 applies; what happened (termination, damages or settlement) and when, or when the supplier failed to improve; the obligation breached; the breach's nature, impact and duration; warnings given and the supplier's response", "reg 39"),
            ]),

        new(NoticeType.UK10, "Contract change notice", NoticeStage.Contract, "s.75 (voluntary standstill s.76; copy s.77)", "reg 40",
            NoticeObligation.Conditional,
            "Required before modifying a public contract or a convertible contract, unless the value changes by 10% or less (goods or services) or 15% or less (works) and the term by 10% or less of the maximum term on award. A novation or assignment on a corporate restructuring always needs one.",
            new DeadlineRule(DeadlineKind.Before,
                $"Before the modification is made. It may state a voluntary standstill of at least 8 working days beginning with the day of publication (s.76). Where the modified contract is worth more than {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}, a copy of it or of the modification within 90 days (s.77)."),
            [
                new(CarveOutKind.DefenceAndSecurity, "Section 75 does not apply to defence and security contracts.", "s.75(6)(a)"),
                new(CarveOutKind.LightTouch, "Section 75 does not apply to light touch contracts.", "s.75(6)(b)"),
                NoPrivateUtilities("s.75(6)(c)"),
                new(CarveOutKind.DevolvedAndTransferred, "Section 75 does not apply to contracts of transferred Northern Ireland authorities or under transferred Northern Ireland arrangements.", "s.75(6)(d)-(e)"),
            ],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SupplierDetails("reg 40"),
                new("Which ground of Schedule 8 permits the modification, if any, and why", "reg 40"),
                new("The change to the contract's value and to its term", "reg 40"),
                new("On a corporate restructuring: the suppliers joining and leaving", "reg 40"),
                new("The estimated dates the modification is made and takes effect", "reg 40"),
                new("Whether a voluntary standstill applies, and how long it is", "reg 40; s.76"),
                ConflictsAssessment,
            ]),

        new(NoticeType.UK11, "Contract termination notice", NoticeStage.Contract, "s.80", "reg 41",
            NoticeObligation.Required,
            "Required whenever a public contract ends: at the end of its term, on discharge, on termination by either party, on rescission, or when a court sets it aside.",
            new DeadlineRule(DeadlineKind.DaysBeginningWith, "Within 30 days beginning with the day the contract ended.", Days: 30),
            [
                NoPrivateUtilities("s.80"),
                new(CarveOutKind.UserChoiceContracts, "Not required for a user choice contract.", "s.80"),
            ],
            [
                AuthorityInformation,
                ProcurementIdentifier,
                SupplierDetails("reg 41"),
                new("Why the contract ended, including which event in s.80(3)", "reg 41"),
                new("The date it ended", "reg 41"),
                new("The value paid or payable under it", "reg 41"),
                new("If it ended for breach: the same details of the breach as a contract performance notice", "reg 41"),
            ]),
    ];
}
