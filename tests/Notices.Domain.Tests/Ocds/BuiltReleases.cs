using System.Text.Json.Nodes;
using Notices.Domain.Notices;
using Notices.Domain.Ocds;
using Notices.Testing.Notices;

namespace Notices.Domain.Tests.Ocds;

/// <summary>
/// Releases the tests build: a sample notice of a type rendered, then given what Find a Tender publishes
/// that the notice model does not hold (submission terms and languages, communication dates, options and
/// renewals, subcontracting, milestones numbered its own way, final status dates, times in UTC).
/// </summary>
public static class BuiltReleases
{
    public static readonly PublicationContext Context = new(SampleNotices.Ocid, "083674-2026", new DateTimeOffset(2026, 11, 30, 10, 15, 0, TimeSpan.Zero));

    public static string WithFindATenderExtras(Notice notice)
    {
        var release = JsonNode.Parse(OcdsReleaseWriter.Write(notice, Context))!.AsObject();

        // Find a Tender writes a time in UTC with Z.
        release["date"] = "2026-11-30T10:15:00Z";
        var tender = release["tender"]!.AsObject();
        tender["submissionTerms"] = new JsonObject { ["electronicSubmissionPolicy"] = "required", ["languages"] = new JsonArray("en", "cy") };
        tender["communication"] = new JsonObject { ["futureNoticeDate"] = "2027-01-15T00:00:00Z", ["atypicalToolUrl"] = "https://tenders.westshire.gov.uk/" };
        tender["riskDetails"] = "Collection rounds may change when the new depot opens.";
        foreach (var lot in tender["lots"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            lot["hasOptions"] = true;
            lot["options"] = new JsonObject { ["description"] = "Garden waste may be added in year 3." };
            lot["hasRenewal"] = true;
            lot["renewal"] = new JsonObject { ["description"] = "Two renewals of one year.", ["maximumRenewals"] = 2 };
        }

        foreach (var award in release["awards"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            award["finalStatusDate"] = "2026-12-10T00:00:00Z";
            if (award["milestones"] is JsonArray milestones)
            {
                milestones[0]!["id"] = "7";
            }

            var supplier = award["suppliers"]![0]!.DeepClone();
            award["subcontracting"] = new JsonObject
            {
                ["subcontracts"] = new JsonArray(new JsonObject { ["id"] = "1", ["mainContractors"] = new JsonArray(supplier), ["description"] = "Vehicle maintenance: Fleet Care Ltd." }),
            };
        }

        foreach (var contract in release["contracts"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            contract["period"] ??= new JsonObject { ["startDate"] = "2027-04-01T00:00:00Z", ["endDate"] = "2032-03-31T23:59:59Z" };
            contract["value"] ??= new JsonObject { ["amountGross"] = 7800000.0m, ["amount"] = 6500000.0m, ["currency"] = "GBP" };
        }

        return release.ToJsonString();
    }
}
