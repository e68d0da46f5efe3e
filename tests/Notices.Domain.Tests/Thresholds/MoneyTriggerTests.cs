using Notices.Domain.Procurement;
using Notices.Domain.Thresholds;
using Xunit;

namespace Notices.Domain.Tests.Thresholds;

public sealed class MoneyTriggerTests
{
    [Theory]
    [InlineData(5_000_000, false)] // "more than £5 million": exactly £5m is not
    [InlineData(5_000_000.01, true)]
    public void NeedsKeyPerformanceIndicatorsAndContractCopy_MoreThanFiveMillion(decimal value, bool needed)
    {
        Assert.Equal(needed, MoneyTriggers.NeedsKeyPerformanceIndicators(value));
        Assert.Equal(needed, MoneyTriggers.NeedsContractCopyPublished(value));
    }

    [Theory]
    [InlineData(AuthorityType.SubCentral, 30_000, true)] // "not less than £30,000": exactly is notifiable
    [InlineData(AuthorityType.SubCentral, 29_999.99, false)]
    [InlineData(AuthorityType.CentralGovernment, 12_000, true)]
    [InlineData(AuthorityType.CentralGovernment, 11_999, false)]
    public void IsNotifiableBelowThreshold_ByAuthority(AuthorityType authority, decimal value, bool notifiable) =>
        Assert.Equal(notifiable, MoneyTriggers.IsNotifiableBelowThreshold(authority, value));

    [Theory]
    [InlineData(2_000_000, false)]
    [InlineData(2_000_001, true)]
    public void BelongsInPipelineNotice_MoreThanTwoMillion(decimal value, bool listed) =>
        Assert.Equal(listed, MoneyTriggers.BelongsInPipelineNotice(value));

    [Theory]
    [InlineData(100_000_000, false)]
    [InlineData(100_000_001, true)]
    public void MustPublishPipelineNotice_MoreThanHundredMillionExpected(decimal spend, bool required) =>
        Assert.Equal(required, MoneyTriggers.MustPublishPipelineNotice(spend));

    [Theory]
    [InlineData(30_000, false)]
    [InlineData(30_000.01, true)]
    public void PaymentMustBePublished_MoreThanThirtyThousand(decimal payment, bool published) =>
        Assert.Equal(published, MoneyTriggers.PaymentMustBePublished(payment));
}
