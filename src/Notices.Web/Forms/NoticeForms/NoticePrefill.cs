using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Notices.Domain.Notices;
using Notices.Domain.Procurement;
using Notices.Domain.Time;
using Notices.Workflow.State;

namespace Notices.Web.Forms.NoticeForms;

/// <summary>
/// A new notice's starting content, from what the procurement already knows: the latest notice it has
/// (a UK6 starts from the published UK4), then the registration, the award decision and the contract for
/// whatever that notice did not say. The commissioner checks and completes it.
/// </summary>
internal static class NoticePrefill
{
    public static JsonObject For(NoticeType type, Registered state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var allowed = PropertiesOf(type);
        var content = new JsonObject();
        var source = state.Notices.Values.Where(n => n is PublishedNoticeState).MaxBy(n => n.Type)
            ?? state.Notices.Values.MaxBy(n => n.Type);
        if (source is not null && JsonNode.Parse(source.Content) is JsonObject earlier)
        {
            foreach (var (name, value) in earlier)
            {
                // A new draft takes the earlier notice's answers, not its publication nor the release Find a Tender published for it.
                if (allowed.Contains(name) && name is not ("publication" or "publishedRelease" or NoticeJson.TypeProperty))
                {
                    content[name] = value?.DeepClone();
                }
            }
        }

        content[NoticeJson.TypeProperty] = type.ToString();
        var d = state.Details;
        Default(content, "title", d.Title);
        Default(content, "ocid", state.Ocid);
        if (content["buyer"] is null)
        {
            var buyer = new JsonObject { ["name"] = d.BuyerName };
            if (OrganisationIdentifier.FromPartyId(d.BuyerId) is { } id)
            {
                buyer["identifier"] = new JsonObject { ["scheme"] = id.Scheme, ["id"] = id.Id };
            }

            content["buyer"] = buyer;
        }

        if (allowed.Contains("nature"))
        {
            Default(content, "nature", Camel(d.Nature));
        }

        if (d.Regime != SpecialRegime.None)
        {
            Default(content, "specialRegime", Camel(d.Regime));
        }

        if (NoticeFormLayout.IsProcurementNotice(type))
        {
            Default(content, "procedure", Camel(d.Procedure));
            if (content["estimatedValue"] is null && type is not (NoticeType.UK6 or NoticeType.UK7))
            {
                content["estimatedValue"] = new JsonObject { ["amountGross"] = d.EstimatedValue };
            }

            if (content["lots"] is null)
            {
                content["lots"] = d.Lots.Count == 0
                    ? new JsonArray(new JsonObject { ["id"] = "1" })
                    : new JsonArray([.. d.Lots.Select(l => (JsonNode)new JsonObject
                    {
                        ["id"] = l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        ["title"] = l.Title,
                        ["value"] = new JsonObject { ["amountGross"] = l.EstimatedValue },
                    })]);
            }
        }

        AddAward(type, state, today, content);
        AddContract(type, state, content);
        if (type is NoticeType.UK9 or NoticeType.UK10 or NoticeType.UK11)
        {
            Default(content, "contractId", (string?)earlierContractId(state) ?? "1");
        }

        switch (type)
        {
            case NoticeType.UK10 when content["amendment"] is null && state.Contract is { } c:
                content["amendment"] = new JsonObject { ["value"] = new JsonObject { ["amountGross"] = c.Value } };
                break;
            case NoticeType.UK11 when state.Contract?.EndedOn is { } ended:
                Default(content, "terminationDate", JsonValue.Create(UkTime.StartOfDay(ended)));
                break;
            case NoticeType.UK12:
                Default(content, "decisionDate", JsonValue.Create(UkTime.StartOfDay(today)));
                break;
            default:
                break;
        }

        NoticeDefaults.Complete(content);
        return content;

        static string? earlierContractId(Registered s) =>
            s.NoticesOfType(NoticeType.UK7).Select(n => JsonNode.Parse(n.Content)?["contracts"]?[0]?["id"]?.ToString()).FirstOrDefault(id => id is not null);
    }

    // The suppliers and the award from the award decision, for the notices that name them.
    private static void AddAward(NoticeType type, Registered state, DateOnly today, JsonObject content)
    {
        if (state.Award is not { } award || type is not (NoticeType.UK5 or NoticeType.UK6 or NoticeType.UK7 or NoticeType.UK9 or NoticeType.UK10 or NoticeType.UK11))
        {
            return;
        }

        if (content["suppliers"] is null)
        {
            content["suppliers"] = new JsonArray([.. award.Suppliers.Select(s =>
            {
                var supplier = new JsonObject { ["name"] = s.Name };
                if (OrganisationIdentifier.FromPartyId(s.Identifier) is { } id)
                {
                    supplier["identifier"] = new JsonObject { ["scheme"] = id.Scheme, ["id"] = id.Id };
                }

                return (JsonNode)supplier;
            })]);
        }

        if (type is not (NoticeType.UK5 or NoticeType.UK6 or NoticeType.UK7))
        {
            return;
        }

        if (content["awards"] is not JsonArray { Count: > 0 })
        {
            var lots = content["lots"] is JsonArray l ? l.Select(x => x?["id"]?.ToString()).OfType<string>() : [];
            content["awards"] = new JsonArray(new JsonObject
            {
                ["id"] = "1",
                ["supplierIds"] = new JsonArray([.. award.Suppliers.Select(s => (JsonNode)JsonValue.Create(s.Identifier))]),
                ["relatedLots"] = new JsonArray([.. lots.Select(x => (JsonNode)JsonValue.Create(x))]),
                ["value"] = new JsonObject { ["amountGross"] = award.Value },
            });
        }

        foreach (var item in (JsonArray)content["awards"]!)
        {
            if (item is not JsonObject a)
            {
                continue;
            }

            a["status"] = type == NoticeType.UK7 ? "active" : "pending";
            if (type == NoticeType.UK6)
            {
                var standstill = Deadlines.Standstill(today);
                Default(a, "date", JsonValue.Create(UkTime.StartOfDay(award.DecidedOn)));
                Default(a, "standstillEnd", JsonValue.Create(standstill.EndsAt));
                Default(a, "estimatedSignatureDate", JsonValue.Create(UkTime.StartOfDay(standstill.LastDay.AddDays(1))));
            }
        }
    }

    private static void AddContract(NoticeType type, Registered state, JsonObject content)
    {
        if (type != NoticeType.UK7 || state.Contract is not { } c || content["contracts"] is JsonArray { Count: > 0 })
        {
            return;
        }

        content["contracts"] = new JsonArray(new JsonObject
        {
            ["id"] = "1",
            ["awardId"] = content["awards"]?[0]?["id"]?.ToString() ?? "1",
            ["dateSigned"] = JsonValue.Create(UkTime.StartOfDay(c.EnteredOn)),
            ["period"] = new JsonObject
            {
                ["startDate"] = JsonValue.Create(UkTime.StartOfDay(c.StartsOn)),
                ["endDate"] = JsonValue.Create(UkTime.EndOfDay(c.EndsOn)),
            },
            ["value"] = new JsonObject { ["amountGross"] = c.Value },
        });
    }

    private static void Default(JsonObject content, string name, JsonNode? value)
    {
        if (content[name] is null && value is not null)
        {
            content[name] = value;
        }
    }

    private static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The JSON property names a notice of <paramref name="type"/> has, read from the notice model itself.</summary>
    private static HashSet<string> PropertiesOf(NoticeType type) =>
        NoticeDefaults.ClrType(type).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
}
