using System.Globalization;
using System.Text.Json.Nodes;

namespace Notices.Domain.Tests.Ocds;

/// <summary>
/// What a release means, as lines "field = value": ocid, release id, tags, notice type, buyer, title,
/// values, lots, suppliers, awards with their standstill, contracts and dates. Dates are compared as
/// instants, so 23:59:59+01:00 and 22:59:59Z are the same.
/// </summary>
public static class ReleaseMeaning
{
    public static IReadOnlyList<string> Of(string releaseJson)
    {
        var release = JsonNode.Parse(releaseJson)!;
        var lines = new List<string>
        {
            $"ocid = {release["ocid"]}",
            $"id = {release["id"]}",
            $"date = {Instant(release["date"])}",
            $"tag = {string.Join(",", release["tag"]!.AsArray().Select(t => (string?)t))}",
            $"buyer = {release["buyer"]?["id"]} {release["buyer"]?["name"]}",
        };
        var tender = release["tender"]!;
        lines.Add($"tender.title = {tender["title"]}");
        lines.Add($"tender.status = {tender["status"]}");
        AddValue(lines, "tender.value", tender["value"]);
        foreach (var lot in Items(tender["lots"]))
        {
            lines.Add($"lot {lot["id"]} status = {lot["status"]}");
            AddValue(lines, $"lot {lot["id"]} value", lot["value"]);
        }

        foreach (var party in Items(release["parties"]).Where(p => p["roles"]!.AsArray().Any(r => (string?)r == "supplier")))
        {
            lines.Add($"supplier {party["id"]} = {party["name"]}");
        }

        foreach (var award in Items(release["awards"]))
        {
            var id = award["id"];
            lines.Add($"award {id} status = {award["status"]}");
            lines.Add($"award {id} date = {Instant(award["date"])}");
            lines.Add($"award {id} suppliers = {string.Join(",", Items(award["suppliers"]).Select(s => s["id"]))}");
            lines.Add($"award {id} lots = {string.Join(",", Items(award["relatedLots"]))}");
            lines.Add($"award {id} standstill ends = {Instant(award["standstillPeriod"]?["endDate"])}");
            lines.Add($"award {id} contract period = {Instant(award["contractPeriod"]?["startDate"])} to {Instant(award["contractPeriod"]?["endDate"])}");
            AddValue(lines, $"award {id} value", award["value"]);
        }

        foreach (var contract in Items(release["contracts"]))
        {
            var id = contract["id"];
            lines.Add($"contract {id} award = {contract["awardID"]}");
            lines.Add($"contract {id} signed = {Instant(contract["dateSigned"])}");
            lines.Add($"contract {id} period = {Instant(contract["period"]?["startDate"])} to {Instant(contract["period"]?["endDate"])}");
            AddValue(lines, $"contract {id} value", contract["value"]);
        }

        var noticeTypes = new[] { release["planning"], tender }
            .Concat(Items(release["awards"])).Concat(Items(release["contracts"]))
            .SelectMany(n => Items(n?["documents"]))
            .Select(d => (string?)d["noticeType"]).OfType<string>().Distinct();
        lines.Add($"noticeType = {string.Join(",", noticeTypes)}");
        return lines;
    }

    private static IEnumerable<JsonNode> Items(JsonNode? array) => array?.AsArray().OfType<JsonNode>() ?? [];

    private static void AddValue(List<string> lines, string name, JsonNode? value)
    {
        if (value is not null)
        {
            lines.Add($"{name} = {(decimal?)value["amount"]} ex VAT, {(decimal?)value["amountGross"]} inc VAT, {value["currency"]}");
        }
    }

    private static string Instant(JsonNode? date) =>
        date is null ? "-" : DateTimeOffset.Parse((string)date!, CultureInfo.InvariantCulture).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
