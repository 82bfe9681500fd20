using OneWindow.Common.Errors;
using OneWindow.Identity.Domain.Residents;

namespace OneWindow.Identity.Tests.Domain;

public sealed class ResidentAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private static ResidentAccount Opened() => ResidentAccount.Open(Guid.NewGuid(), "phone-index", "phone-protected", Now);

    [Fact]
    public void A_bound_account_cannot_be_bound_again_to_any_record()
    {
        var account = Opened();
        var resident = Guid.NewGuid();
        account.Bind(resident, "jiangpu", Now);

        var refused = Assert.Throws<DomainException>(() => account.Bind(Guid.NewGuid(), "dinghai", Now.AddDays(1)));

        Assert.Equal("already-bound", refused.Code);
        Assert.Equal(resident, account.ResidentId);
        Assert.Equal("jiangpu", account.Centre);
    }

    [Fact]
    public void The_fifth_mismatch_in_a_row_locks_binding_for_a_day_and_then_it_may_be_tried_again()
    {
        var account = Opened();

        var refusals = Enumerable.Range(1, 5).Select(_ => account.BindingFailed(Now)).ToList();

        Assert.All(refusals[..4], r => Assert.Equal("real-name-not-matched", r.Code));
        Assert.Equal("binding-locked", refusals[4].Code);
        Assert.Equal("binding-locked", Assert.Throws<DomainException>(() => account.EnsureMayBind(Now.AddHours(23))).Code);
        account.Bind(Guid.NewGuid(), "jiangpu", Now.AddHours(25));
        Assert.True(account.IsBound);
    }

    [Fact]
    public void A_record_already_bound_elsewhere_reads_as_a_mismatch()
    {
        var account = Opened();

        Assert.Equal(account.BindingFailed(Now).Message, Opened().RecordTaken(Now).Message);
    }
}
