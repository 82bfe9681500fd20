using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OneWindow.Web.Refusals;
using OneWindow.Web.Resources;

namespace OneWindow.Web.Tests.Refusals;

/// <summary>How a service's refusal reads on a page.</summary>
public sealed class RefusalTextTests
{
    private readonly RefusalText _refusals = new(
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<ConsoleText>>());

    [Fact]
    public void A_wrong_field_is_named_by_the_label_the_page_gives_it()
    {
        var words = _refusals.Describe(Refusal(Code.InvalidArgument, "fileNumber"));

        Assert.Equal("填写的内容有误，请检查后重试。（请检查：件号）", words);
    }

    [Theory]
    [InlineData(Code.NotFound)]
    [InlineData(Code.FailedPrecondition)]
    [InlineData(Code.Aborted)]
    public void A_thing_not_found_or_a_rule_says_so_without_asking_the_clerk_to_correct_a_field(Code code)
    {
        var words = _refusals.Describe(Refusal(code, "fileId"));

        Assert.DoesNotContain("请检查", words, StringComparison.Ordinal);
        Assert.DoesNotContain("fileId", words, StringComparison.Ordinal);
    }

    private static RpcException Refusal(Code code, string field) =>
        new Google.Rpc.Status
        {
            Code = (int)code,
            Message = "refused",
            Details = { Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = "wrong" } } }) },
        }.ToRpcException();
}
