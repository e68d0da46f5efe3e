namespace Notices.Domain.Notices;

/// <summary>The subject matter (reg 14) and lots (reg 18) of a procurement, and the rule that lot values add up.</summary>
internal static class LotRules
{
    // tenderDetail: a tender notice, where each lot needs its CPV codes, location, value and award criteria.
    public static void Check(ValidationErrors e, ProcurementNotice n, bool valueRequired, bool lotsRequired, bool tenderDetail)
    {
        FieldRules.Money(e, n.EstimatedValue, "estimatedValue", "the estimated value", valueRequired);
        var lots = n.Lots;
        if (lots.Count == 0)
        {
            if (lotsRequired)
            {
                e.Add("lots", "Add at least one lot; a procurement that is not divided into lots has a single lot.");
            }

            return;
        }

        for (var i = 0; i < lots.Count; i++)
        {
            CheckLot(e, lots[i], i, tenderDetail, titleRequired: tenderDetail && lots.Count > 1);
        }

        for (var i = 1; i < lots.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (lots[i].Id is { } id && id == lots[j].Id)
                {
                    e.Add($"lots[{i}].id", $"Lot id '{id}' is also used by lots[{j}]; give each lot its own number.");
                }
            }
        }

        CheckLotValuesAddUp(e, n.EstimatedValue, lots);
    }

    private static void CheckLot(ValidationErrors e, Lot lot, int i, bool tenderDetail, bool titleRequired)
    {
        if (string.IsNullOrWhiteSpace(lot.Id))
        {
            e.Add($"lots[{i}].id", "Give the lot a number or id, such as 1.");
        }

        if (titleRequired)
        {
            FieldRules.RequiredText(e, lot.Title, $"lots[{i}].title", "a title for the lot", FieldLimits.Title);
        }
        else
        {
            FieldRules.OptionalText(e, lot.Title, $"lots[{i}].title", "the lot's title", FieldLimits.Title);
        }

        FieldRules.OptionalText(e, lot.Description, $"lots[{i}].description", "the lot's description", FieldLimits.LongDescription);
        FieldRules.Money(e, lot.Value, $"lots[{i}].value", "the lot's estimated value", tenderDetail);
        FieldRules.Period(e, lot.ContractPeriod, $"lots[{i}].contractPeriod", "the lot's contract period");

        if (tenderDetail && lot.Classifications.Count == 0)
        {
            e.Add($"lots[{i}].classifications", "Add at least one CPV code describing what the lot buys, such as 90711400.");
        }

        for (var c = 0; c < lot.Classifications.Count; c++)
        {
            FieldRules.Classification(e, lot.Classifications[c], $"lots[{i}].classifications[{c}]");
        }

        if (tenderDetail && lot.DeliveryRegions.Count == 0)
        {
            e.Add($"lots[{i}].deliveryRegions", "Add where the contract will be performed: UK for the whole country, or ITL region codes such as UKF24.");
        }

        for (var r = 0; r < lot.DeliveryRegions.Count; r++)
        {
            FieldRules.Region(e, lot.DeliveryRegions[r], $"lots[{i}].deliveryRegions[{r}]");
        }

        CheckAwardCriteria(e, lot, i, tenderDetail);
    }

    private static void CheckAwardCriteria(ValidationErrors e, Lot lot, int i, bool required)
    {
        var criteria = lot.AwardCriteria;
        if (criteria.Count == 0)
        {
            if (required)
            {
                e.Add($"lots[{i}].awardCriteria", "Add the award criteria for the lot, such as price and quality with their weightings.");
            }

            return;
        }

        decimal total = 0;
        var allWeighted = true;
        for (var c = 0; c < criteria.Count; c++)
        {
            var criterion = criteria[c];
            FieldRules.RequiredText(e, criterion.Name, $"lots[{i}].awardCriteria[{c}].name", "a name for the criterion", FieldLimits.Title);
            if (criterion.Weight is { } weight)
            {
                if (weight is < 0 or > 100)
                {
                    e.Add($"lots[{i}].awardCriteria[{c}].weight", $"A weighting of {weight}% is impossible; enter a percentage from 0 to 100.");
                }

                total += weight;
            }
            else
            {
                allWeighted = false;
            }
        }

        if (allWeighted && total != 100)
        {
            e.Add($"lots[{i}].awardCriteria", $"The weightings add up to {total}%; change them so that they add up to 100%.");
        }
    }

    private static void CheckLotValuesAddUp(ValidationErrors e, Money? total, IReadOnlyList<Lot> lots)
    {
        if (total is null)
        {
            return;
        }

        decimal net = 0, gross = 0;
        bool allNet = true, allGross = true;
        foreach (var lot in lots)
        {
            if (lot.Value?.Amount is { } amount)
            {
                net += amount;
            }
            else
            {
                allNet = false;
            }

            if (lot.Value?.AmountGross is { } amountGross)
            {
                gross += amountGross;
            }
            else
            {
                allGross = false;
            }
        }

        if (allNet && total.Amount is { } totalNet && totalNet != net)
        {
            e.Add(
                "estimatedValue.amount",
                $"The lots' values add up to {FieldRules.Pounds(net)} excluding VAT but the estimated value is {FieldRules.Pounds(totalNet)}; change the lot values or the estimated value so that they agree.");
        }

        if (allGross && total.AmountGross is { } totalGross && totalGross != gross)
        {
            e.Add(
                "estimatedValue.amountGross",
                $"The lots' values add up to {FieldRules.Pounds(gross)} including VAT but the estimated value is {FieldRules.Pounds(totalGross)}; change the lot values or the estimated value so that they agree.");
        }
    }
}
