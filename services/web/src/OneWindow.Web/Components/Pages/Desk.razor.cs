using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using OneWindow.Intake.V1;
using OneWindow.Web.Components.Desk;
using OneWindow.Web.Components.Shared;
using OneWindow.Web.Hall;
using OneWindow.Web.SignIn;

namespace OneWindow.Web.Components.Pages;

/// <summary>
/// 窗口工作台: the clerk's window and queue, the ticket at the window from call to finish, and the resident served:
/// found or registered, their items accepted (everything due for the household in the same visit), their household's
/// files. Every action is one call at a time (a double click does one thing); a refusal shows in words, the page stays
/// as it was. A reload or a new sign-in finds the clerk's open window and ticket again from the hall.
/// </summary>
public sealed partial class Desk : IDisposable
{
    private static readonly WindowType[] WindowTypes = [WindowType.Comprehensive, WindowType.PolicyConsultation, WindowType.Payment];

    private Timer? _refresh;
    private string _windowNumber = string.Empty;
    private WindowType _windowType = WindowType.Comprehensive;
    private WindowType _transferTo = WindowType.Payment;
    private ServiceWindow? _window;
    private QueueState? _queue;
    private Ticket? _ticket;
    private Resident? _resident;
    private Household? _household;
    private AcceptanceDraft? _draft;
    private int _accepted;
    private string _centre = string.Empty;

    [Inject]
    private Queue.QueueClient Queue { get; set; } = null!;

    [Inject]
    private Residents.ResidentsClient Residents { get; set; } = null!;

    [Inject]
    private PageAction Action { get; set; } = null!;

    [Inject]
    private AcceptanceDrafts Drafts { get; set; } = null!;

    [Inject]
    private HallFeed Hall { get; set; } = null!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = null!;

    private bool Called => _ticket?.Status == TicketStatus.Called;

    private bool Serving => _ticket?.Status == TicketStatus.Serving;

    /// <summary>
    /// One resident at a time: the next is called once the ticket at the window is finished, passed or transferred. A
    /// second click that reaches the page after the first call has finished (a double click on a slow line) calls nobody.
    /// </summary>
    private bool MayCall => _window is { Open: true } && !Called && !Serving;

    public void Dispose() => _refresh?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        _centre = user.Centre()!;
        await Action.RunAsync(async () =>
        {
            var hall = await Queue.GetHallAsync(new GetHallRequest());
            if (hall.Windows.FirstOrDefault(w => w.Open && w.ClerkStaffId == user.Subject()) is { } mine)
            {
                _window = new ServiceWindow { Number = mine.Number, Type = mine.Type, Open = true, ClerkStaffId = mine.ClerkStaffId };
                _ticket = mine.Current;
            }

            await ReadQueueAsync();
        });

        // Back from signing in again in the middle of an acceptance: the form as it was.
        if (_window is not null && await Drafts.TakeAsync() is { } draft)
        {
            _draft = draft;
            await Action.RunAsync(() => ReadResidentAsync(draft.ResidentId));
        }

        _refresh = new Timer(_ => InvokeAsync(async () =>
        {
            try
            {
                await ReadQueueAsync();
                StateHasChanged();
            }
            catch (Grpc.Core.RpcException)
            {
                // The queue stays as last read; the clerk's next action says what is wrong.
            }
        }), null, HallFeed.Refresh, HallFeed.Refresh);
    }

    private static string Minutes(int seconds) => $"{Math.Round(seconds / 60.0):0}";

    private Task OpenWindowAsync() => ActAsync(async () =>
    {
        _window = await Queue.OpenWindowAsync(new OpenWindowRequest { Number = _windowNumber.Trim(), Type = _windowType });
        await ReadQueueAsync();
    });

    private Task CloseWindowAsync() => ActAsync(async () =>
    {
        _window = await Queue.CloseWindowAsync(new CloseWindowRequest { Number = _window!.Number });
        _ticket = null;
        ClearResident();
    });

    private Task CallNextAsync() => !MayCall ? Task.CompletedTask : ActAsync(async () =>
    {
        _ticket = await Queue.CallNextAsync(new CallNextRequest { Number = _window!.Number });
        ClearResident();
        await ReadQueueAsync();
    });

    private Task RecallAsync() => ActAsync(async () => _ticket = await Queue.RecallAsync(new TicketRequest { TicketId = _ticket!.TicketId }));

    private Task NoShowAsync() => ActAsync(async () => _ticket = await Queue.MarkNoShowAsync(new TicketRequest { TicketId = _ticket!.TicketId }));

    private Task StartAsync() => ActAsync(async () => _ticket = await Queue.StartServiceAsync(new StartServiceRequest { TicketId = _ticket!.TicketId }));

    private Task FinishAsync() => ActAsync(async () =>
    {
        _ticket = await Queue.FinishServiceAsync(new TicketRequest { TicketId = _ticket!.TicketId });
        ClearResident();
        await ReadQueueAsync();
    });

    private Task TransferAsync() => ActAsync(async () =>
    {
        _ticket = await Queue.TransferAsync(new TransferRequest { TicketId = _ticket!.TicketId, WindowType = _transferTo });
        await ReadQueueAsync();
    });

    /// <summary>
    /// The resident at the window: a called ticket starts with them, so their record shows in full to this clerk (a
    /// ticket already being served names them at the acceptance).
    /// </summary>
    private Task ChooseResidentAsync(string residentId) => ActAsync(async () =>
    {
        if (Called)
        {
            _ticket = await Queue.StartServiceAsync(new StartServiceRequest { TicketId = _ticket!.TicketId, ResidentId = residentId });
        }

        await ReadResidentAsync(residentId);
    });

    private async Task ReadResidentAsync(string residentId)
    {
        _resident = await Residents.GetResidentAsync(new GetResidentRequest { ResidentId = residentId });
        _household = await Residents.GetHouseholdAsync(new GetHouseholdRequest { HouseholdId = _resident.HouseholdId });
    }

    private void ClearResident()
    {
        _resident = null;
        _household = null;
        _draft = null;
    }

    /// <summary>After an acceptance the ticket names the resident: read them again, now unmasked, and their files.</summary>
    private async Task AcceptedAsync(AcceptReply reply)
    {
        _accepted++;
        _draft = null;
        if (_resident is { Unmasked: false })
        {
            await Action.RunAsync(() => ReadResidentAsync(reply.File.ResidentId));
        }
    }

    private async Task OnShortcutAsync(KeyboardEventArgs key)
    {
        if (!key.AltKey || Action.Busy)
        {
            return;
        }

        var action = key.Code switch
        {
            "KeyN" when MayCall => CallNextAsync(),
            "KeyR" when Called => RecallAsync(),
            "KeyX" when Called => NoShowAsync(),
            "KeyS" when Called => StartAsync(),
            "KeyF" when Serving => FinishAsync(),
            _ => null,
        };
        if (action is not null)
        {
            await action;
        }
    }

    private async Task ActAsync(Func<Task> action)
    {
        if (await Action.RunAsync(action))
        {
            // The hall display and the pads of this centre read the hall again now, not at their next round.
            await Hall.AnnounceAsync(_centre);
        }
    }

    private async Task ReadQueueAsync() => _queue = await Queue.GetQueueStateAsync(new GetQueueStateRequest());
}
