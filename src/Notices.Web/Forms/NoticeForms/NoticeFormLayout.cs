using System.Text.Json;
using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Domain.Thresholds;

namespace Notices.Web.Forms.NoticeForms;

/// <summary>
/// The questions of the form for each notice type the workflow drafts, in sections. Repeating parts
/// (lots, suppliers, awards, contracts) get one set of questions per item the notice already has, at
/// least one; optional rows left blank are dropped when the form is read.
/// </summary>
internal static class NoticeFormLayout
{
    public static IReadOnlyList<NoticeSection> For(NoticeType type, JsonObject content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sections = new List<NoticeSection> { About(type) };
        if (type is NoticeType.UK9 or NoticeType.UK10 or NoticeType.UK11 or NoticeType.UK12)
        {
            sections.Add(new NoticeSection("Find a Tender", [new NoticeField("ocid", "The procurement\u2019s ocid", NoticeValue.Text, "Find a Tender gave it when the first notice was published, like ocds-h6vhtk-04e9fb")]));
        }

        sections.Add(Buyer());
        if (IsProcurementNotice(type))
        {
            sections.Add(Procurement(type));
            var lots = Count(content, "lots");
            for (var i = 0; i < lots; i++)
            {
                sections.Add(Lot(type, i));
            }
        }

        sections.AddRange(type switch
        {
            NoticeType.UK1 => [new NoticeSection("Timing", [new("estimatedTenderNoticeDate", "When do you expect to publish the tender or transparency notice?", NoticeValue.Day)])],
            NoticeType.UK2 =>
            [
                new NoticeSection("The engagement",
                [
                    new("engagementDescription", "How is the engagement run?", NoticeValue.LongText, "Events, dates and how suppliers take part"),
                    new("engagementEndDate", "When does the engagement close?", NoticeValue.Moment),
                ]),
            ],
            NoticeType.UK3 =>
            [
                new NoticeSection("Timing",
                [
                    new("estimatedTenderNoticeDate", "When do you expect to publish the tender notice?", NoticeValue.Day),
                    new("estimatedTenderDeadline", "When do you expect tenders to be due?", NoticeValue.Moment),
                    new("estimatedAwardDate", "When do you expect to award the contract?", NoticeValue.Day),
                ]),
            ],
            NoticeType.UK4 =>
            [
                new NoticeSection("Tendering",
                [
                    new("tenderDeadline", "Deadline for tenders", NoticeValue.Moment),
                    new("enquiryDeadline", "Deadline for clarification questions (optional)", NoticeValue.Moment),
                    new("participationDeadline", "Deadline for requests to participate (competitive flexible procedure only)", NoticeValue.Moment),
                    new("estimatedAwardDate", "Estimated award date (optional)", NoticeValue.EndOfDay),
                    new("submissionDetails", "How to submit a tender (optional)", NoticeValue.LongText),
                    new("noLotsRationale", "Why is the contract not divided into lots?", NoticeValue.LongText, "Needed when there is a single lot (regulation 18)"),
                ]),
            ],
            NoticeType.UK5 => [Justification(required: true), .. Suppliers(content), .. Awards(type, content)],
            NoticeType.UK6 => [Justification(required: false), .. Suppliers(content), .. Awards(type, content)],
            NoticeType.UK7 => [.. Suppliers(content), .. Awards(type, content), .. Contracts(content), Kpis()],
            NoticeType.UK9 => [ContractReference(), .. Suppliers(content), Assessment()],
            NoticeType.UK10 => [ContractReference(), .. Suppliers(content), Amendment()],
            NoticeType.UK11 => [ContractReference(), .. Suppliers(content), Termination()],
            NoticeType.UK12 =>
            [
                new NoticeSection("The decision not to award",
                [
                    new("decisionDate", "When did the authority decide not to award the contract?", NoticeValue.Day),
                    new("reason", "Why? (optional)", NoticeValue.LongText),
                ]),
            ],
            _ => [],
        });
        return sections;
    }

    public static bool IsProcurementNotice(NoticeType type) => type is >= NoticeType.UK1 and <= NoticeType.UK7;

    /// <summary>The input an error at <paramref name="path"/> is about (see <see cref="FieldAnchors"/>).</summary>
    public static string AnchorFor(IReadOnlyList<NoticeSection> sections, string? path)
    {
        ArgumentNullException.ThrowIfNull(sections);
        return FieldAnchors.For([.. sections.SelectMany(s => s.Fields).Select(f => (f.Path, f.Kind))], path);
    }

    private static NoticeSection About(NoticeType type) => new("About the procurement",
    [
        new("title", "Title", NoticeValue.Text),
        new("reference", "Your reference (optional)", NoticeValue.Text),
        new("description", IsProcurementNotice(type) ? "What is being bought" : "Description (optional)", NoticeValue.LongText),
    ]);

    private static NoticeSection Buyer() => new("The contracting authority",
    [
        new("buyer.name", "Name", NoticeValue.Text),
        new("buyer.identifier", "Identifier", NoticeValue.Identifier, "The register and the number on it, like GB-PPON-ABCD-1234-EFGH"),
        new("buyer.contactPoint.email", "Email address for enquiries", NoticeValue.Text),
        new("buyer.address.locality", "Town or city (optional)", NoticeValue.Text),
        new("buyer.address.postalCode", "Postcode (optional)", NoticeValue.Text),
        new("buyer.address.region", "ITL region (optional)", NoticeValue.Text, "Like UKK15"),
    ]);

    private static NoticeSection Procurement(NoticeType type) => new("What is bought, and how",
    [
        new("nature", "Is the contract mainly for goods, services or works?", NoticeValue.Choice, Options: Choices<ContractNature>()),
        new("procedure", "Procedure", NoticeValue.Choice, Options: Choices<Procedure>()),
        new("aboveThreshold", "Is the contract above the threshold?", NoticeValue.YesNo),
        new("estimatedValue.amount", "Estimated value, excluding VAT" + (type is NoticeType.UK6 or NoticeType.UK7 ? " (optional)" : ""), NoticeValue.Amount),
        new("estimatedValue.amountGross", "Estimated value, including VAT" + (type is NoticeType.UK6 or NoticeType.UK7 ? " (optional)" : ""), NoticeValue.Amount),
    ]);

    private static NoticeSection Lot(NoticeType type, int i)
    {
        var p = $"lots[{i}]";
        var fields = new List<NoticeField>
        {
            new($"{p}.id", "Lot number", NoticeValue.Text),
            new($"{p}.title", "Lot title", NoticeValue.Text),
            new($"{p}.value.amount", "Lot value, excluding VAT", NoticeValue.Amount),
            new($"{p}.value.amountGross", "Lot value, including VAT", NoticeValue.Amount),
            new($"{p}.classifications", "CPV codes", NoticeValue.CpvCodes, "Eight digits each, separated by commas, like 90511000"),
            new($"{p}.deliveryRegions", "Where the contract is performed", NoticeValue.Codes, "UK for the whole country, or ITL codes separated by commas, like UKK15"),
            new($"{p}.contractPeriod.startDate", "Contract start (optional)", NoticeValue.Day),
            new($"{p}.contractPeriod.endDate", "Contract end (optional)", NoticeValue.EndOfDay),
        };
        if (type == NoticeType.UK4)
        {
            for (var c = 0; c < 3; c++)
            {
                fields.Add(new($"{p}.awardCriteria[{c}].name", $"Award criterion {c + 1}" + (c > 0 ? " (optional)" : ""), NoticeValue.Text, c == 0 ? "Like price or service quality" : null));
                fields.Add(new($"{p}.awardCriteria[{c}].type", $"Award criterion {c + 1} type", NoticeValue.Choice, Options: Choices<AwardCriterionType>()));
                fields.Add(new($"{p}.awardCriteria[{c}].weight", $"Award criterion {c + 1} weighting, per cent", NoticeValue.Amount));
            }
        }

        return new NoticeSection($"Lot {i + 1}", fields);
    }

    private static NoticeSection Justification(bool required) => new("Direct award",
    [
        new("directAwardJustification", "Why is direct award justified?" + (required ? "" : " (direct award only)"), NoticeValue.LongText, "The Schedule 5 ground and an explanation"),
    ]);

    private static IEnumerable<NoticeSection> Suppliers(JsonObject content) =>
        Enumerable.Range(0, Count(content, "suppliers")).Select(i => new NoticeSection($"Supplier {i + 1}",
        [
            new($"suppliers[{i}].name", "Name", NoticeValue.Text),
            new($"suppliers[{i}].identifier", "Identifier", NoticeValue.Identifier, "The register and the number on it, like GB-COH-08229264"),
            new($"suppliers[{i}].contactPoint.email", "Email address (optional)", NoticeValue.Text),
            new($"suppliers[{i}].scale", "Size", NoticeValue.Choice, Options: [new("sme", "Small or medium-sized enterprise (SME)"), new("large", "Large")]),
        ]));

    private static IEnumerable<NoticeSection> Awards(NoticeType type, JsonObject content) =>
        Enumerable.Range(0, Count(content, "awards")).Select(i =>
        {
            var p = $"awards[{i}]";
            var fields = new List<NoticeField>
            {
                new($"{p}.id", "Award number", NoticeValue.Text),
                new($"{p}.supplierIds", "Suppliers awarded", NoticeValue.Codes, "Their identifiers, separated by commas"),
                new($"{p}.relatedLots", "Lots awarded", NoticeValue.Codes, "Lot numbers, separated by commas"),
                new($"{p}.value.amount", "Value, excluding VAT", NoticeValue.Amount),
                new($"{p}.value.amountGross", "Value, including VAT", NoticeValue.Amount),
            };
            if (type == NoticeType.UK6)
            {
                fields.Add(new($"{p}.date", "Date of the award decision", NoticeValue.Day));
                fields.Add(new($"{p}.standstillEnd", "Last day of the standstill period", NoticeValue.EndOfDay, "Eight working days beginning with the day this notice is published"));
            }

            if (type is NoticeType.UK5 or NoticeType.UK6)
            {
                fields.Add(new($"{p}.estimatedSignatureDate", "When do you expect to enter into the contract?", NoticeValue.Day));
            }

            return new NoticeSection($"Award {i + 1}", fields);
        });

    private static IEnumerable<NoticeSection> Contracts(JsonObject content) =>
        Enumerable.Range(0, Count(content, "contracts")).Select(i =>
        {
            var p = $"contracts[{i}]";
            return new NoticeSection($"Contract {i + 1}",
            [
                new($"{p}.id", "Contract number", NoticeValue.Text),
                new($"{p}.awardId", "Award it comes from", NoticeValue.Text, "The award number"),
                new($"{p}.dateSigned", "Date entered into", NoticeValue.Day),
                new($"{p}.period.startDate", "Start of the term", NoticeValue.Day),
                new($"{p}.period.endDate", "End of the term", NoticeValue.EndOfDay),
                new($"{p}.value.amount", "Value, excluding VAT", NoticeValue.Amount),
                new($"{p}.value.amountGross", "Value, including VAT", NoticeValue.Amount),
            ]);
        });

    private static NoticeSection Kpis() => new("Key performance indicators",
    [
        .. Enumerable.Range(0, 3).Select(i => new NoticeField($"kpis[{i}].title", $"KPI {i + 1}", NoticeValue.Text, i == 0 ? $"For a contract over {MoneyTriggers.KeyPerformanceIndicatorsAndContractCopyInWords}, the three you consider most material (section 52)" : null)),
        new("noKpisRationale", "Or, why KPIs are not suitable", NoticeValue.LongText),
    ]);

    private static NoticeSection ContractReference() => new("The contract",
    [
        new("contractId", "Contract number", NoticeValue.Text, "As given in the contract details notice"),
    ]);

    private static NoticeSection Assessment() => new("Performance",
    [
        new("assessmentPeriod.startDate", "Start of the period assessed", NoticeValue.Day),
        new("assessmentPeriod.endDate", "End of the period assessed", NoticeValue.EndOfDay),
        .. Enumerable.Range(0, 3).SelectMany(i => new NoticeField[]
        {
            new($"kpiAssessments[{i}].kpiTitle", $"KPI {i + 1}", NoticeValue.Text),
            new($"kpiAssessments[{i}].rating", $"KPI {i + 1} rating", NoticeValue.Choice, Options: Choices<KpiRating>()),
            new($"kpiAssessments[{i}].comment", $"KPI {i + 1} comment (optional)", NoticeValue.Text),
        }),
    ]);

    private static NoticeSection Amendment() => new("The modification",
    [
        new("amendment.ground", "Which Schedule 8 ground permits it?", NoticeValue.Choice, Options: Choices<ModificationGround>()),
        new("amendment.rationale", "Why is it needed, and why does the ground apply?", NoticeValue.LongText),
        new("amendment.description", "What changes (optional)", NoticeValue.LongText),
        new("amendment.date", "When will the modification be made?", NoticeValue.Day),
        new("amendment.value.amount", "Contract value once modified, excluding VAT", NoticeValue.Amount),
        new("amendment.value.amountGross", "Contract value once modified, including VAT", NoticeValue.Amount),
        new("amendment.voluntaryStandstill", "Will you observe a voluntary standstill (section 76)?", NoticeValue.YesNo),
    ]);

    private static NoticeSection Termination() => new("The end of the contract",
    [
        new("terminationDate", "When did the contract end?", NoticeValue.Day),
        new("reasons[0]", "Why did it end?", NoticeValue.Choice, Options: Choices<TerminationReason>()),
        new("rationale", "Explanation (optional)", NoticeValue.LongText),
        new("finalValue.amount", "Final value, excluding VAT (optional)", NoticeValue.Amount),
        new("finalValue.amountGross", "Final value, including VAT (optional)", NoticeValue.Amount),
    ]);

    private static int Count(JsonObject content, string property) =>
        Math.Max(1, content[property] is JsonArray array ? array.Count : 0);

    /// <summary>An enum's values as the notice JSON writes them (camelCase), labelled in words.</summary>
    private static List<FieldOption> Choices<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new FieldOption(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), Words(v.ToString()))).ToList();

    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
