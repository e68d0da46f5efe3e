namespace Notices.Domain.Procurement;

/// <summary>What is being bought: OCDS <c>tender.mainProcurementCategory</c>.</summary>
public enum ContractNature
{
    Goods,
    Services,
    Works,
}
