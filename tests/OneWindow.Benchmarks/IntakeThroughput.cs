using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Npgsql;
using OneWindow.Common.Identity;
using OneWindow.ServiceDefaults;

namespace OneWindow.Benchmarks;

/// <summary>
/// intake against the running stack of the run command (eng/run.sh): acceptances through the gateway with
/// events flowing (the outbox drained to the redis transport, review and notification consuming), compared in
/// the same run with pgbench inserting the same rows (visit, file, audit record, outbox message) into the same
/// database as the same role under the same row-level security; and the ticket issue rate on its own.
/// The load comes from centres the benchmark makes for itself (codes unique per run), each with several
/// clerks and kiosks, so neither the gateway's per-user and per-centre budgets nor the 999 tickets per
/// centre, day and window type are what is measured; the demo centres are not touched.
/// Settings (environment): BENCHMARK_GATEWAY_URL (http://127.0.0.1:8080), BENCHMARK_INTAKE_DB (the app
/// role's connection string as eng/run.sh makes it), BENCHMARK_PGBENCH (pgbench from pg_config --bindir),
/// BENCHMARK_CONCURRENCY (32), BENCHMARK_CENTRES (100), BENCHMARK_ACCEPTANCES and BENCHMARK_TICKETS (20000).
/// </summary>
public static class IntakeThroughput
{
    private const string Item = "dibao-review";
    private const string Materials = "[\"id-card\",\"hukou-book\",\"income-proof\"]";
    private const int ClerksPerCentre = 4;

    private static string Gateway => Environment.GetEnvironmentVariable("BENCHMARK_GATEWAY_URL") ?? "http://127.0.0.1:8080";

    private static string Database => Environment.GetEnvironmentVariable("BENCHMARK_INTAKE_DB")
        ?? $"Host=127.0.0.1;Port={Environment.GetEnvironmentVariable("ONEWINDOW_POSTGRES_PORT") ?? "55432"};Database=onewindow_intake;Username=intake_app;Password=onewindow-local-intake-app";

    private static int Concurrency => Setting("BENCHMARK_CONCURRENCY", 32);

    /// <summary>Acceptances/s through the gateway against pgbench's inserts of the same rows/s; and the latency of the former.</summary>
    public static async Task<(Comparison Comparison, Latency Latency, string Events)> AcceptancesAsync(int acceptances)
    {
        var run = RunId();
        var centres = Enumerable.Range(1, Setting("BENCHMARK_CENTRES", 100)).Select(n => $"ab{run}-{n:000}").ToList();
        using var client = Client();
        // One file per household and item may be in flight, so every acceptance is a household of its own.
        var warmUp = Math.Min(500, acceptances);
        await RegisterCentresAsync(client, centres);
        var clerksByCentre = centres.ToDictionary(c => c, c => Enumerable.Range(1, ClerksPerCentre).Select(i => Token($"{c}-clerk-{i}", "clerk", c)).ToList());
        var targets = new (string Token, string ResidentId)[warmUp + acceptances];
        Console.WriteLine($"acceptance: registering {targets.Length} households in {centres.Count} centres ab{run}-*");
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Length), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (h, _) =>
        {
            var clerks = clerksByCentre[centres[h % centres.Count]];
            targets[h] = (clerks[h % clerks.Count], await RegisterResidentAsync(client, clerks[0]));
        });

        var next = -1;
        HttpRequestMessage Accept(int _)
        {
            var (token, resident) = targets[Interlocked.Increment(ref next)];
            return Post($"{Gateway}/api/intake/v1/applications", token,
                $"{{\"itemCode\":\"{Item}\",\"residentId\":\"{resident}\",\"materials\":{Materials},\"deliveryMethod\":\"DELIVERY_METHOD_HOME_DELIVERY\"}}");
        }

        await LoadDriver.MeasureAsync("warm-up", client, warmUp, Concurrency, Accept);
        var gateway = await LoadDriver.MeasureAsync("accepted through the gateway", client, acceptances, Concurrency, Accept);
        var events = await OutboxDrainAsync();
        var pgbench = await PgbenchAsync(acceptances, centres.Count);
        return (new Comparison("Acceptances (file, visit, audit, outbox event; RLS)", pgbench, new Throughput(gateway.Subject, gateway.PerSecond), "acceptances"), gateway, events);
    }

    /// <summary>Tickets issued per second by kiosks through the gateway (Redis number, PostgreSQL row, ticket-issued).</summary>
    public static async Task<Latency> TicketsAsync(int tickets)
    {
        var run = RunId();
        // 999 tickets per centre, day and window type: enough centres that none runs out.
        var count = Math.Max(10, (tickets + 500) / (3 * 900) + 1);
        var types = new[] { ("01", "WINDOW_TYPE_POLICY_CONSULTATION"), ("02", "WINDOW_TYPE_COMPREHENSIVE"), ("03", "WINDOW_TYPE_PAYMENT") };
        using var client = Client();
        var kiosks = new List<string>();
        await RegisterCentresAsync(client, [.. Enumerable.Range(1, count).Select(n => $"tb{run}-{n:000}")]);
        for (var n = 1; n <= count; n++)
        {
            var centre = $"tb{run}-{n:000}";
            for (var w = 0; w < types.Length; w++)
            {
                var clerk = Token($"{centre}-clerk-{w + 1}", "clerk", centre);
                await SendAsync(client, Post($"{Gateway}/api/intake/v1/windows/{types[w].Item1}:open", clerk, $"{{\"type\":\"{types[w].Item2}\"}}"));
            }

            kiosks.AddRange(Enumerable.Range(1, 5).Select(k => Token($"{centre}-kiosk-{k}", "device", centre)));
        }

        HttpRequestMessage Issue(int i) =>
            Post($"{Gateway}/api/intake/v1/tickets", kiosks[i % kiosks.Count], $"{{\"windowType\":\"{types[i / kiosks.Count % types.Length].Item2}\",\"priority\":{(i % 10 == 0 ? "true" : "false")}}}");

        await LoadDriver.MeasureAsync("warm-up", client, Math.Min(300, tickets), Concurrency, Issue);
        return await LoadDriver.MeasureAsync("issued through the gateway", client, tickets, Concurrency, Issue);
    }

    /// <summary>
    /// The run's centres in the district's register (docs/adr/0028), as a district admin would register them; then waits
    /// until the gateway, which reads the register again within seconds, lets the last one's clerk in.
    /// </summary>
    private static async Task RegisterCentresAsync(HttpClient client, IReadOnlyList<string> centres)
    {
        var admin = DevelopmentTokens.Issue("bench-district-admin", ["district-admin"], null, TimeSpan.FromHours(1), TimeProvider.System);
        foreach (var centre in centres)
        {
            await SendAsync(client, Post($"{Gateway}/api/intake/v1/centres", admin,
                $"{{\"code\":\"{centre}\",\"details\":{{\"name\":\"压测中心 {centre}\",\"address\":\"杨浦区压测路1号\",\"phone\":\"021-00000000\",\"openingHours\":\"00:00-24:00\",\"windows\":[{{\"number\":\"01\",\"type\":\"WINDOW_TYPE_COMPREHENSIVE\"}}],\"grids\":[]}}}}"));
        }

        var clerk = Token($"{centres[^1]}-clerk-1", "clerk", centres[^1]);
        for (var waited = 0; waited < 40; waited++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Gateway}/api/intake/v1/queue") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", clerk) } };
            using var response = await client.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new InvalidOperationException($"The gateway still refuses centre {centres[^1]} ten seconds after it was registered.");
    }

    private static async Task<string> RegisterResidentAsync(HttpClient client, string clerk)
    {
        for (var attempt = 0; ; attempt++)
        {
            var idNumber = ResidentIdNumber.Compose("310110", new DateOnly(Random.Shared.Next(1940, 2000), Random.Shared.Next(1, 13), Random.Shared.Next(1, 29)), Random.Shared.Next(0, 1000));
            using var response = await client.SendAsync(Post($"{Gateway}/api/intake/v1/households", clerk,
                $"{{\"address\":\"杨浦区压测路1号\",\"grid\":\"BENCH-01\",\"monthlyIncome\":\"1200.00\",\"benefits\":[\"dibao\"],\"members\":[{{\"name\":\"压测居民\",\"idNumber\":\"{idNumber}\",\"phone\":\"13800000000\",\"hukouDistrict\":\"310110\"}}]}}"));
            if (response.StatusCode == System.Net.HttpStatusCode.Conflict && attempt < 5)
            {
                continue; // that ID number is someone's already (an earlier run): another one
            }

            await EnsureAsync(response);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("members")[0].GetProperty("residentId").GetString()!;
        }
    }

    /// <summary>How long after the load the outbox is empty again: the events flowed, or how far behind they are.</summary>
    private static async Task<string> OutboxDrainAsync()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        long pending;
        do
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE published_at IS NULL", connection);
            pending = (long)(await command.ExecuteScalarAsync())!;
            if (pending == 0)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(60));

        return pending == 0
            ? string.Create(CultureInfo.InvariantCulture, $"outbox empty {watch.Elapsed.TotalSeconds:0.0} s after the last acceptance")
            : $"{pending} events still unpublished 60 s after the last acceptance";
    }

    /// <summary>The same four rows per transaction, as the app role under row-level security, at the same concurrency.</summary>
    private static async Task<Throughput> PgbenchAsync(int transactions, int centres)
    {
        var connection = new NpgsqlConnectionStringBuilder(Database);
        var script = Path.Combine(Path.GetTempPath(), $"onewindow-acceptance-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, PgbenchScript);
        try
        {
            var start = new ProcessStartInfo(PgbenchPath())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["PGPASSWORD"] = connection.Password },
            };
            foreach (var argument in new[]
            {
                "-n", "-c", Concurrency.ToString(CultureInfo.InvariantCulture), "-j", "2",
                "-t", Math.Max(1, transactions / Concurrency).ToString(CultureInfo.InvariantCulture),
                "-D", $"centres={centres}", "-f", script,
                "-h", connection.Host!, "-p", connection.Port.ToString(CultureInfo.InvariantCulture), "-U", connection.Username!, connection.Database!,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var tps = output.Split('\n').FirstOrDefault(l => l.StartsWith("tps = ", StringComparison.Ordinal));
            if (process.ExitCode != 0 || tps is null)
            {
                throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {errors}{output}");
            }

            return new Throughput("pgbench, same rows", double.Parse(tps.Split(' ')[2], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string PgbenchPath()
    {
        if (Environment.GetEnvironmentVariable("BENCHMARK_PGBENCH") is { Length: > 0 } configured)
        {
            return configured;
        }

        try
        {
            using var pgConfig = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true })!;
            var bin = pgConfig.StandardOutput.ReadToEnd().Trim();
            pgConfig.WaitForExit();
            if (File.Exists(Path.Combine(bin, "pgbench")))
            {
                return Path.Combine(bin, "pgbench");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no pg_config on the PATH: pgbench itself may be
        }

        return "pgbench";
    }

    /// <summary>
    /// What AcceptApplication commits for a routed item, row for row: the visit, the file, its audit record and
    /// application-accepted in the outbox (marked published so the dispatcher leaves it alone), in one
    /// transaction of a centre (centres pgbench-001…), under the same row-level security.
    /// </summary>
    private const string PgbenchScript = """
        \set n random(1, :centres)
        BEGIN;
        SELECT set_config('onewindow.tenant', 'pgbench-' || lpad(CAST(:n AS text), 3, '0'), true);
        WITH visit AS (
          INSERT INTO visits (id, resident_id, household_id, clerk_staff_id, started_at, material_codes, tenant_id)
          VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'pgbench-clerk', now(), ARRAY['id-card','hukou-book','income-proof'], current_setting('onewindow.tenant'))
          RETURNING id, resident_id, household_id, tenant_id),
        accepted AS (
          INSERT INTO application_files (id, file_number, item_code, item_version, kind, resident_id, household_id, visit_id, from_bundling,
            accepted_by, accepted_at, statutory_deadline, delivery_method, material_codes, status, return_count, missing_on_return, tenant_id)
          SELECT gen_random_uuid(), upper(tenant_id) || '-' || to_char(now(), 'YYYYMMDD') || '-' || substr(md5(random()::text), 1, 16), 'dibao-review', 1, 'Routed',
            resident_id, household_id, id, false, 'pgbench-clerk', now(), now() + interval '21 days', 'HomeDelivery',
            ARRAY['id-card','hukou-book','income-proof'], 'Accepted', 0, '{}', tenant_id
          FROM visit
          RETURNING id, item_code, resident_id, household_id, tenant_id),
        audited AS (
          INSERT INTO audit_records (at, actor, actor_roles, tenant_id, named_by_district, action, subject_type, subject_id, outcome, reason)
          SELECT now(), 'pgbench-clerk', 'clerk', tenant_id, false, 'accept', 'file', id::text, 'Done', 'dibao-review@1' FROM accepted)
        INSERT INTO outbox_messages (id, topic, type, tenant, occurred_at, cloud_event, attempts, next_attempt_at, published_at)
        SELECT gen_random_uuid(), 'application-accepted', 'onewindow.intake.application-accepted.v1', tenant_id, now(),
          jsonb_build_object('type', 'onewindow.intake.application-accepted.v1', 'data', jsonb_build_object('fileId', id, 'itemCode', item_code,
            'itemVersion', 1, 'kind', 'Routed', 'residentId', resident_id, 'householdId', household_id, 'acceptingClerkStaffId', 'pgbench-clerk')),
          0, now(), now()
        FROM accepted;
        COMMIT;
        """;

    private static HttpClient Client() => new(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(30) };

    private static string Token(string subject, string role, string centre) =>
        DevelopmentTokens.Issue(subject, [role], centre, TimeSpan.FromHours(1), TimeProvider.System);

    private static HttpRequestMessage Post(string url, string token, string json) => new(HttpMethod.Post, url)
    {
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };

    private static async Task SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            await EnsureAsync(response);
        }
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string RunId() => Guid.NewGuid().ToString("N")[..4];

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    /// <summary>A bounded closed-loop load: a fixed number of requests by a fixed number of workers, each request timed.</summary>
    private static class LoadDriver
    {
        public static async Task<Latency> MeasureAsync(string subject, HttpClient client, int requests, int concurrency, Func<int, HttpRequestMessage> request)
        {
            var latencies = new double[requests];
            var next = -1;
            var total = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    using var message = request(i);
                    var watch = Stopwatch.StartNew();
                    using var response = await client.SendAsync(message);
                    latencies[i] = watch.Elapsed.TotalMilliseconds;
                    await EnsureAsync(response);
                }
            }));
            var elapsed = total.Elapsed;
            Array.Sort(latencies);
            return new Latency(subject, latencies[(int)(requests * 0.50)], latencies[Math.Min(requests - 1, (int)(requests * 0.99))], requests / elapsed.TotalSeconds);
        }
    }
}
