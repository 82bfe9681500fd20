using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Common.Vocabulary;
using OneWindow.Events;
using OneWindow.Notification.Domain;
using OneWindow.Notification.Domain.Deliveries;

namespace OneWindow.Notification.Tests;

public sealed class LetterTests(NotificationFactory notification) : IClassFixture<NotificationFactory>
{
    [Fact]
    public async Task The_centres_queued_letters_print_as_one_chinese_page_and_are_sent_once()
    {
        var centre = NotificationFactory.NewCentre();
        var clerk = notification.StaffOf(centre, "clerk-1", "clerk");
        var files = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var (residentId, _, fileId, _) = await notification.AcceptedFileAsync(centre);
            await clerk.PutAsJsonAsync($"/v1/residents/{residentId}/preferences", new { sms = true, letter = true }).OkAsync();
            await notification.PublishAsync(Returned(centre, fileId), "review");
            files.Add(fileId);
        }

        await notification.EventuallyAsync(centre, async db => await db.Deliveries.CountAsync(d => d.Channel == Channel.Letter) == 2);
        var printed = await clerk.PostAsync("/v1/letter-batches", null);
        var nothingLeft = await clerk.PostAsync("/v1/letter-batches", null);

        Assert.Equal(HttpStatusCode.Created, printed.StatusCode);
        Assert.Equal("text/html", printed.Content.Headers.ContentType?.MediaType);
        var page = await printed.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"zh-CN\"", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("<section class=\"letter\">").Length - 1);
        Assert.Contains("补正材料告知书", page, StringComparison.Ordinal);
        Assert.Contains("户口簿", page, StringComparison.Ordinal);
        Assert.Contains("王建国（收）", page, StringComparison.Ordinal);
        Assert.Contains("杨浦区江浦路100弄5号301室", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, nothingLeft.StatusCode);

        var letters = await notification.QueryAsync(centre, db => db.Deliveries.Where(d => d.Channel == Channel.Letter).ToListAsync());
        Assert.All(letters, l => Assert.Equal(DeliveryStatus.Delivered, l.Status));
        var batchId = Assert.Single(letters.Select(l => l.LetterBatchId).Distinct());
        Assert.Equal($"/v1/letter-batches/{batchId}", printed.Headers.Location?.OriginalString);

        var again = await clerk.GetAsync($"/v1/letter-batches/{batchId}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await again.Content.ReadAsStringAsync()).Split("<section class=\"letter\">").Length - 1);
        Assert.Equal(HttpStatusCode.NotFound, (await notification.StaffOf(NotificationFactory.NewCentre(), "clerk-1", "clerk").GetAsync($"/v1/letter-batches/{batchId}")).StatusCode);
    }

    [Fact]
    public async Task A_letter_intake_has_no_address_for_stays_queued_and_the_page_says_so()
    {
        var centre = NotificationFactory.NewCentre();
        var clerk = notification.StaffOf(centre, "clerk-1", "clerk");
        var (residentId, _, fileId, _) = await notification.AcceptedFileAsync(centre);
        await clerk.PutAsJsonAsync($"/v1/residents/{residentId}/preferences", new { sms = true, letter = true }).OkAsync();
        await notification.PublishAsync(Returned(centre, fileId), "review");
        await notification.EventuallyAsync(centre, db => db.Deliveries.AnyAsync(d => d.FileId == fileId && d.Channel == Channel.Letter));
        notification.Intake.Residents.TryRemove((centre, residentId), out _);

        var response = await clerk.PostAsync("/v1/letter-batches", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("以下1封未打印", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var letter = await notification.QueryAsync(centre, db => db.Deliveries.SingleAsync(d => d.FileId == fileId && d.Channel == Channel.Letter));
        Assert.Equal((DeliveryStatus.Queued, null), (letter.Status, letter.LetterBatchId));
    }

    [Theory]
    [InlineData("resident")]
    [InlineData("grid-manager")]
    public async Task Only_the_centres_clerks_heads_and_director_print_letters(string role)
    {
        var response = await notification.StaffOf(NotificationFactory.NewCentre(), "someone", role).PostAsync("/v1/letter-batches", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static ApplicationReviewed Returned(string centre, Guid fileId) => new()
    {
        OccurredAt = DateTimeOffset.UtcNow, Tenant = centre, FileId = fileId, ItemCode = "dibao-review", ItemVersion = 1,
        Outcome = ReviewOutcome.Returned, ReviewerStaffId = "reviewer-1", AcceptingClerkStaffId = "clerk-1", ReturnRound = 1,
        MissingMaterialCodes = ["hukou-book"],
    };
}
