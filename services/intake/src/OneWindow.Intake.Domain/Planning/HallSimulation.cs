using MathNet.Numerics.Distributions;
using OneWindow.Common.Errors;

namespace OneWindow.Intake.Domain.Planning;

/// <summary>
/// A discrete-event simulation of a day in the hall, seeded so the same day gives the same outcome. It checks a plan
/// where Erlang C's assumptions fail: arrivals that change by the half-hour, skewed service times, priority tickets,
/// no-shows, residents sent on to pay, patience that runs out, and windows opened and closed through the day (a window
/// due to close finishes its resident first). Times are minutes from opening.
/// </summary>
public static class HallSimulation
{
    public static HallDayOutcome Run(HallDay day, int seed)
    {
        var run = new Day(day, new Random(seed));
        return run.Play();
    }

    private enum Happening
    {
        SlotStarts,
        Arrives,
        GivesUp,
        Finishes,
    }

    private sealed record Event(Happening What, int Slot = 0, Resident? Resident = null, Queue? Queue = null);

    private sealed class Resident(Queue queue, double arrivedAt, bool priority, bool noShow, ArrivalStream stream)
    {
        public Queue Queue { get; } = queue;

        public double ArrivedAt { get; } = arrivedAt;

        public bool Priority { get; } = priority;

        public bool NoShow { get; } = noShow;

        public ArrivalStream Stream { get; } = stream;

        public bool Called { get; set; }

        public bool GaveUp { get; set; }
    }

    private sealed class Queue(WindowGroup group)
    {
        public WindowGroup Group { get; } = group;

        public Queue<Resident> PriorityLine { get; } = new();

        public Queue<Resident> Line { get; } = new();

        public int Open { get; set; }

        public int Busy { get; set; }

        public int Waiting { get; set; }

        public double WaitingArea { get; set; }

        public List<(double Minutes, bool Priority)> Waits { get; } = [];

        public int MostWaiting { get; set; }

        public int Arrived { get; set; }

        public int Served { get; set; }

        public int NoShows { get; set; }

        public int GaveUp { get; set; }

        public int LeftAtClosing { get; set; }

        public Resident? Next()
        {
            foreach (var line in new[] { PriorityLine, Line })
            {
                while (line.TryDequeue(out var resident))
                {
                    if (!resident.GaveUp)
                    {
                        return resident;
                    }
                }
            }

            return null;
        }
    }

    private sealed class Day
    {
        private readonly HallDay _day;
        private readonly Random _random;
        private readonly double _slotMinutes;
        private readonly double _closing;
        private readonly Dictionary<string, Queue> _queueOfLine = [];
        private readonly Dictionary<string, ArrivalStream> _streamOfLine;
        private readonly List<Queue> _queues;
        private readonly PriorityQueue<Event, (double At, long Order)> _events = new();
        private long _order;
        private double _now;

        public Day(HallDay day, Random random)
        {
            _day = day;
            _random = random;
            _slotMinutes = day.Slot.TotalMinutes;
            _closing = day.Slots * _slotMinutes;
            _queues = [.. day.Groups.Select(g => new Queue(g))];
            foreach (var queue in _queues)
            {
                if (queue.Group.Windows.Count != day.Slots)
                {
                    throw new DomainException(DomainErrorKind.Invalid, "slots-differ", $"Windows of {queue.Group.Name} are given for {queue.Group.Windows.Count} slots, arrivals for {day.Slots}.", "windows");
                }

                foreach (var line in queue.Group.Lines)
                {
                    _queueOfLine.Add(line, queue);
                }
            }

            _streamOfLine = day.Streams.GroupBy(s => s.Line).ToDictionary(g => g.Key, g => g.First());
            foreach (var stream in day.Streams)
            {
                if (stream.ArrivalsPerHour.Count != day.Slots || !_queueOfLine.ContainsKey(stream.Line) || (stream.TransferTo is { } to && !_queueOfLine.ContainsKey(to)))
                {
                    throw new DomainException(DomainErrorKind.Invalid, "line-unserved", $"Line {stream.Line} needs arrivals for every slot and windows that serve it (and the line it sends on to).", "streams");
                }
            }
        }

        public HallDayOutcome Play()
        {
            for (var slot = 0; slot < _day.Slots; slot++)
            {
                Schedule(slot * _slotMinutes, new Event(Happening.SlotStarts, Slot: slot));
            }

            // Arrivals first, line by line, so two days of the same lines and seed see the same residents come.
            foreach (var stream in _day.Streams)
            {
                ScheduleArrivals(stream);
            }

            var closed = false;
            while (_events.TryDequeue(out var next, out var at))
            {
                if (!closed && at.At >= _closing)
                {
                    Advance(_closing);
                    Close();
                    closed = true;
                }

                Advance(at.At);
                Handle(next);
            }

            if (!closed)
            {
                Advance(_closing);
                Close();
            }

            return new HallDayOutcome([.. _queues.Select(Outcome)]);
        }

        private void ScheduleArrivals(ArrivalStream stream)
        {
            var queue = _queueOfLine[stream.Line];
            for (var slot = 0; slot < _day.Slots; slot++)
            {
                var perMinute = stream.ArrivalsPerHour[slot] / 60;
                if (perMinute <= 0)
                {
                    continue;
                }

                // Arrivals without memory: starting afresh at each slot's rate is the same process.
                var end = (slot + 1) * _slotMinutes;
                for (var at = (slot * _slotMinutes) + Exponential.Sample(_random, perMinute); at < end; at += Exponential.Sample(_random, perMinute))
                {
                    var resident = new Resident(queue, at, _random.NextDouble() < stream.PriorityShare, _random.NextDouble() < stream.NoShowShare, stream);
                    Schedule(at, new Event(Happening.Arrives, Resident: resident));
                }
            }
        }

        private void Schedule(double at, Event happening) => _events.Enqueue(happening, (at, _order++));

        /// <summary>Counts the residents waiting over the time that passed, while the hall is open.</summary>
        private void Advance(double to)
        {
            var open = Math.Min(to, _closing) - Math.Min(_now, _closing);
            if (open > 0)
            {
                foreach (var queue in _queues)
                {
                    queue.WaitingArea += queue.Waiting * open;
                }
            }

            _now = Math.Max(_now, to);
        }

        private void Handle(Event happening)
        {
            switch (happening.What)
            {
                case Happening.SlotStarts:
                    foreach (var queue in _queues)
                    {
                        queue.Open = queue.Group.Windows[happening.Slot];
                        Call(queue);
                    }

                    break;
                case Happening.Arrives:
                    Arrive(happening.Resident!);
                    break;
                case Happening.GivesUp:
                    if (happening.Resident is { Called: false, GaveUp: false } waiting && _now < _closing)
                    {
                        waiting.GaveUp = true;
                        waiting.Queue.Waiting--;
                        waiting.Queue.GaveUp++;
                    }

                    break;
                case Happening.Finishes:
                    Finish(happening.Queue!, happening.Resident!);
                    break;
            }
        }

        private void Arrive(Resident resident)
        {
            var queue = resident.Queue;
            queue.Arrived++;
            if (_now >= _closing)
            {
                // Sent on to pay after the doors closed: the payment windows have gone home.
                queue.LeftAtClosing++;
                return;
            }

            (resident.Priority ? queue.PriorityLine : queue.Line).Enqueue(resident);
            queue.Waiting++;
            queue.MostWaiting = Math.Max(queue.MostWaiting, queue.Waiting);
            if (_day.MeanPatience is { } patience)
            {
                Schedule(_now + Exponential.Sample(_random, 1 / patience.TotalMinutes), new Event(Happening.GivesUp, Resident: resident));
            }

            Call(queue);
        }

        private void Call(Queue queue)
        {
            while (_now < _closing && queue.Busy < queue.Open && queue.Next() is { } resident)
            {
                resident.Called = true;
                queue.Waiting--;
                queue.Busy++;
                queue.Waits.Add((_now - resident.ArrivedAt, resident.Priority));
                var takes = resident.NoShow ? _day.NoShowCalls.TotalMinutes : resident.Stream.Service.SampleMinutes(_random);
                Schedule(_now + takes, new Event(Happening.Finishes, Resident: resident, Queue: queue));
            }
        }

        private void Finish(Queue queue, Resident resident)
        {
            queue.Busy--;
            if (resident.NoShow)
            {
                queue.NoShows++;
            }
            else
            {
                queue.Served++;
                if (resident.Stream.TransferTo is { } to && _random.NextDouble() < resident.Stream.TransferShare)
                {
                    Arrive(new Resident(_queueOfLine[to], _now, resident.Priority, noShow: false, _streamOfLine[to]));
                }
            }

            Call(queue);
        }

        private void Close()
        {
            foreach (var queue in _queues)
            {
                queue.LeftAtClosing += queue.Waiting;
                queue.Waiting = 0;
                queue.PriorityLine.Clear();
                queue.Line.Clear();
            }
        }

        private GroupOutcome Outcome(Queue queue) => new(queue.Group.Name)
        {
            AverageWaiting = _closing <= 0 ? 0 : queue.WaitingArea / _closing,
            AverageWaitMinutes = queue.Waits.Count == 0 ? 0 : queue.Waits.Average(w => w.Minutes),
            PriorityWaitMinutes = queue.Waits.Where(w => w.Priority).Select(w => w.Minutes).DefaultIfEmpty().Average(),
            CalledWithinShare = queue.Waits.Count == 0 ? 1 : queue.Waits.Count(w => w.Minutes <= _day.CalledWithin.TotalMinutes) / (double)queue.Waits.Count,
            MostWaiting = queue.MostWaiting,
            Arrived = queue.Arrived,
            Served = queue.Served,
            NoShows = queue.NoShows,
            GaveUp = queue.GaveUp,
            LeftAtClosing = queue.LeftAtClosing,
        };
    }
}
