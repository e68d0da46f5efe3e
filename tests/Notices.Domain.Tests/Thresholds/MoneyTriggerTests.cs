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
    [InlineData(5_000_000, "£5 million")]
    [InlineData(100_000_000, "£100 million")]
    [InlineData(30_000, "£30,000")]
    [InlineData(12_000, "£12,000")]
    public void PoundsInWords_StatesASumAsTheActDoes(decimal pounds, string words) =>
        Assert.Equal(words, PoundsInWords.Of(pounds));
}
