using System.Formats.Tar;
using System.Text.Json.Nodes;
using k8s.Models;

namespace OneWindow.Deployment.Tests;

/// <summary>
/// The images eng/images.sh builds are the ones the chart deploys; every project's container settings are what the
/// chart expects; and one image, built for real into an OCI archive without a Docker engine (the gateway, the
/// quickest to build: one image keeps the test run short), starts as the non-root user on a read-only root.
/// </summary>
public sealed class ImageTests
{
    private const string BuiltImage = "gateway";

    [Fact]
    public async Task The_image_script_builds_exactly_the_images_the_chart_deploys_for_every_project_that_exists()
    {
        var listed = await ListImagesAsync();
        var appVersion = await ChartAppVersionAsync();
        // Every deployable project: services/<name>/src/<web project> (not shared) and the gateway.
        var webProjects = Directory.EnumerateFiles(Path.Combine(Repository.Root, "services"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/').Split('/') is ["services", var s, "src", _, _] && s != "shared")
            .Where(p => File.ReadAllText(p).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Repository.Root, p).Split('/', '\\')[1])
            .Append("gateway")
            .Order(StringComparer.Ordinal);
        Assert.Equal(webProjects, listed.Keys.Order(StringComparer.Ordinal));

        foreach (var valuesFile in RenderedChart.ValuesFiles)
        {
            var chart = await RenderedChart.RenderAsync(valuesFile);
            var registry = valuesFile == "values-prod.yaml" ? "registry.yangpu.example/" : string.Empty;
            foreach (var deployment in chart.Deployments)
            {
                var name = ChartTests.AppName(deployment);
                var image = deployment.Spec.Template.Spec.Containers.Single().Image;
                // The chart's convention, for services whose code has not landed too.
                Assert.Equal($"{registry}onewindow/{name}:{appVersion}", image);
                if (listed.TryGetValue(name, out var built))
                {
                    Assert.Equal(registry + built, image);
                }
            }
        }
    }

    [Fact]
    public async Task Every_image_is_self_contained_as_the_app_user_with_the_ports_the_chart_uses()
    {
        var listed = await ListImagesAsync();
        var projects = await ListProjectsAsync();
        var chart = await RenderedChart.RenderAsync("values-dev.yaml");
        foreach (var (name, reference) in listed)
        {
            // The container settings the SDK publishes with, read from MSBuild without building.
            var result = await Repository.RunAsync("dotnet",
                ["msbuild", projects[name], "-p:PublishProfile=DefaultContainer", "-p:ContainerImageTag=" + reference.Split(':')[1],
                 "-getProperty:ContainerRepository", "-getProperty:ContainerUser", "-getProperty:RuntimeIdentifier",
                 "-getProperty:SelfContained", "-getProperty:ContainerVersion", "-getItem:ContainerPort"],
                TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, result.Output);
            var evaluation = JsonNode.Parse(result.StandardOutput)!;
            var properties = evaluation["Properties"]!;
            Assert.Equal(reference.Split(':')[0], (string?)properties["ContainerRepository"]);
            Assert.Equal(reference.Split(':')[1], (string?)properties["ContainerVersion"]);
            Assert.Equal("linux-x64", (string?)properties["RuntimeIdentifier"]);
            Assert.Equal("true", (string?)properties["SelfContained"]);
            var deployment = chart.Single<V1Deployment>($"{RenderedChart.ReleaseName}-{name}");
            Assert.Equal(deployment.Spec.Template.Spec.SecurityContext.RunAsUser?.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)properties["ContainerUser"]);
            var ports = evaluation["Items"]!["ContainerPort"]!.AsArray().Select(p => int.Parse((string)p!["Identity"]!, System.Globalization.CultureInfo.InvariantCulture)).Order();
            Assert.Equal(deployment.Spec.Template.Spec.Containers.Single().Ports.Select(p => p.ContainerPort).Order(), ports);
        }
    }

    [Fact]
    public async Task An_image_is_an_oci_archive_that_starts_as_the_non_root_user_on_a_read_only_root()
    {
        var output = Directory.CreateTempSubdirectory("onewindow-images-");
        try
        {
            var result = await Repository.RunAsync(
                "bash", ["eng/images.sh", "--only", BuiltImage, "--no-load", "--output", output.FullName], TimeSpan.FromMinutes(20));
            Assert.True(result.ExitCode == 0, result.Output);
            var archive = Path.Combine(output.FullName, $"{BuiltImage}.tar");
            var image = await OciArchive.ReadAsync(archive);
            var appVersion = await ChartAppVersionAsync();

            Assert.Equal(appVersion, image.Annotations["org.opencontainers.image.ref.name"]);
            Assert.EndsWith($"onewindow/{BuiltImage}:{appVersion}", image.Annotations["io.containerd.image.name"], StringComparison.Ordinal);
            var config = image.Config["config"]!;
            Assert.Equal("linux", (string?)image.Config["os"]);
            Assert.Equal("amd64", (string?)image.Config["architecture"]);
            Assert.Equal(["/app/OneWindow.Gateway"], config["Entrypoint"]!.AsArray().Select(e => (string?)e));
            Assert.Equal("1654", (string?)config["User"]);
            Assert.Equal(appVersion, (string?)config["Labels"]!["org.opencontainers.image.version"]);

            // The user and ports the chart runs it with.
            var deployment = (await RenderedChart.RenderAsync("values-dev.yaml")).Single<V1Deployment>($"{RenderedChart.ReleaseName}-{BuiltImage}");
            Assert.Equal(1654, deployment.Spec.Template.Spec.SecurityContext.RunAsUser);
            Assert.Equal(
                deployment.Spec.Template.Spec.Containers.Single().Ports.Select(p => $"{p.ContainerPort}/tcp").Order(),
                config["ExposedPorts"]!.AsObject().Select(p => p.Key).Order());

            // Self-contained: the app host is in the image, executable, with the runtime beside it.
            var files = image.Files;
            Assert.True(files.TryGetValue("app/OneWindow.Gateway", out var mode) && (mode & UnixFileMode.UserExecute) != 0, "No executable /app/OneWindow.Gateway.");
            Assert.Contains("app/libcoreclr.so", files.Keys);
            Assert.Contains("app/appsettings.json", files.Keys);
            // The base carries what the runtime needs: ICU (Chinese collation) and the time zone database.
            Assert.Contains(files.Keys, f => f.StartsWith("usr/lib/x86_64-linux-gnu/libicuuc.so", StringComparison.Ordinal));
            Assert.Contains("usr/share/zoneinfo/Asia/Shanghai", files.Keys);
            Assert.Contains(files.Keys, f => f.StartsWith("etc/ssl/certs/", StringComparison.Ordinal));

            await AssertStartsAsTheAppUserOnAReadOnlyRootAsync(archive, appVersion, output.FullName);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Runs the image as a container runtime would, without one: unpacked with umoci, chrooted in a private mount
    /// and PID namespace on a read-only root with a tmpfs /tmp (as the chart mounts it), as its configured user,
    /// in its working directory. The service must answer /healthz.
    /// </summary>
    private static async Task AssertStartsAsTheAppUserOnAReadOnlyRootAsync(string archive, string tag, string work)
    {
        var layout = Path.Combine(work, "oci");
        var bundle = Path.Combine(work, "bundle");
        Directory.CreateDirectory(layout);
        Assert.Equal(0, (await Repository.RunAsync("tar", ["-xf", archive, "-C", layout], TimeSpan.FromMinutes(2))).ExitCode);
        var unpack = await Repository.RunAsync("umoci", ["unpack", "--image", $"{layout}:{tag}", bundle], TimeSpan.FromMinutes(2));
        Assert.True(unpack.ExitCode == 0, unpack.Output);
        var runtime = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(bundle, "config.json")))!["process"]!;
        var uid = (int)runtime["user"]!["uid"]!;
        Assert.Equal(1654, uid);
        Assert.Equal("/app/", (string?)runtime["cwd"]);

        var script = Path.Combine(work, "run-container.sh");
        await File.WriteAllTextAsync(script, """
            set -e
            root="$1"; user="$2"; cwd="$3"; shift 3
            mount --bind "$root" "$root"
            mount -o remount,bind,ro "$root"
            mount -t tmpfs -o size=64m,mode=1777 tmpfs "$root/tmp"
            mount -t proc proc "$root/proc"
            exec /usr/sbin/chroot --userspec="$user:$user" "$root" /usr/bin/env -C "$cwd" "$@"
            """);
        var http = LoopbackPort();
        string[] environment =
        [
            "ASPNETCORE_ENVIRONMENT=Development", "HOME=/home/app", "PATH=/usr/bin:/bin",
            "ConnectionStrings__redis=127.0.0.1:1,abortConnect=false",
            $"Kestrel__Endpoints__Http__Url=http://127.0.0.1:{http}",
        ];
        var entrypoint = runtime["args"]!.AsArray().Select(a => (string)a!).ToArray();
        var start = new System.Diagnostics.ProcessStartInfo("unshare")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["--mount", "--pid", "--fork", "--kill-child", "bash", script, Path.Combine(bundle, "rootfs"), uid.ToString(System.Globalization.CultureInfo.InvariantCulture), "/app", "env", "-i", .. environment, .. entrypoint])
        {
            start.ArgumentList.Add(argument);
        }

        using var container = System.Diagnostics.Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        container.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        container.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        container.BeginOutputReadLine();
        container.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            string? health = null;
            for (var attempt = 0; attempt < 120 && health is null && !container.HasExited; attempt++)
            {
                try
                {
                    health = await client.GetStringAsync($"http://127.0.0.1:{http}/healthz");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }

            Assert.True(health == "Healthy", $"The image did not answer /healthz.\n{log}");
            // The service process (the forked child of unshare) runs as the image's user.
            var service = File.ReadAllText($"/proc/{container.Id}/task/{container.Id}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Single();
            var status = File.ReadAllLines($"/proc/{service}/status");
            Assert.StartsWith($"Uid:\t{uid}\t{uid}", status.Single(l => l.StartsWith("Uid:", StringComparison.Ordinal)), StringComparison.Ordinal);
            Assert.Contains("Content root path: /app", log.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            container.Kill(entireProcessTree: true);
            await container.WaitForExitAsync();
        }
    }

    private static int LoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<Dictionary<string, string>> ListImagesAsync() => (await ListAsync()).ToDictionary(parts => parts[0], parts => parts[1]);

    private static async Task<Dictionary<string, string>> ListProjectsAsync() => (await ListAsync()).ToDictionary(parts => parts[0], parts => parts[2]);

    /// <summary>eng/images.sh --list: name, image reference, project, one image a line.</summary>
    private static async Task<List<string[]>> ListAsync()
    {
        var result = await Repository.RunAsync("bash", ["eng/images.sh", "--list"], TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.Output);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .ToList();
    }

    private static async Task<string> ChartAppVersionAsync()
    {
        var chart = await File.ReadAllLinesAsync(Path.Combine(Repository.Chart, "Chart.yaml"));
        return chart.Single(l => l.StartsWith("appVersion:", StringComparison.Ordinal))["appVersion:".Length..].Trim().Trim('"');
    }

    /// <summary>An OCI image layout in a tar (what the SDK writes to ContainerArchiveOutputPath), read without any tool.</summary>
    private sealed record OciArchive(IReadOnlyDictionary<string, string> Annotations, JsonObject Config, IReadOnlyDictionary<string, UnixFileMode> Files)
    {
        public static async Task<OciArchive> ReadAsync(string path)
        {
            var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            await using (var stream = File.OpenRead(path))
            await using (var tar = new TarReader(stream))
            {
                while (await tar.GetNextEntryAsync() is { } entry)
                {
                    if (entry.DataStream is null)
                    {
                        continue;
                    }

                    using var buffer = new MemoryStream();
                    await entry.DataStream.CopyToAsync(buffer);
                    blobs[entry.Name.TrimStart('.', '/')] = buffer.ToArray();
                }
            }

            Assert.Contains("oci-layout", blobs.Keys);
            var index = JsonNode.Parse(blobs["index.json"])!;
            var descriptor = Assert.Single(index["manifests"]!.AsArray())!;
            var annotations = descriptor["annotations"]!.AsObject().ToDictionary(a => a.Key, a => (string)a.Value!);
            var manifest = JsonNode.Parse(Blob(blobs, (string)descriptor["digest"]!))!;
            var config = JsonNode.Parse(Blob(blobs, (string)manifest["config"]!["digest"]!))!.AsObject();
            var files = new Dictionary<string, UnixFileMode>(StringComparer.Ordinal);
            foreach (var layer in manifest["layers"]!.AsArray())
            {
                Assert.Equal("application/vnd.oci.image.layer.v1.tar+gzip", (string?)layer!["mediaType"]);
                foreach (var (name, mode) in await ListLayerAsync(Blob(blobs, (string)layer["digest"]!)))
                {
                    files[name] = mode;
                }
            }

            return new OciArchive(annotations, config, files);
        }

        /// <summary>
        /// A layer's entries with their modes, listed by tar itself: layers from Debian's tools use tar header forms
        /// that System.Formats.Tar does not read.
        /// </summary>
        private static async Task<List<(string Name, UnixFileMode Mode)>> ListLayerAsync(byte[] layer)
        {
            var file = Path.GetTempFileName();
            try
            {
                await File.WriteAllBytesAsync(file, layer);
                var result = await Repository.RunAsync("tar", ["-tvzf", file], TimeSpan.FromMinutes(2));
                Assert.True(result.ExitCode == 0, result.StandardError);
                return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
                {
                    // -rwxr-xr-x 0/0 1234 2026-01-01 00:00 app/OneWindow.Intake
                    var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                    var name = fields[5].Split(" -> ")[0].TrimStart('.', '/');
                    return (name, Mode(fields[0]));
                }).ToList();
            }
            finally
            {
                File.Delete(file);
            }
        }

        private static UnixFileMode Mode(string permissions)
        {
            UnixFileMode[] bits =
            [
                UnixFileMode.UserRead, UnixFileMode.UserWrite, UnixFileMode.UserExecute,
                UnixFileMode.GroupRead, UnixFileMode.GroupWrite, UnixFileMode.GroupExecute,
                UnixFileMode.OtherRead, UnixFileMode.OtherWrite, UnixFileMode.OtherExecute,
            ];
            var mode = UnixFileMode.None;
            for (var i = 0; i < bits.Length; i++)
            {
                if (permissions[i + 1] is not '-' and not 'S' and not 'T')
                {
                    mode |= bits[i];
                }
            }

            return mode;
        }

        private static byte[] Blob(Dictionary<string, byte[]> blobs, string digest) =>
            blobs.TryGetValue("blobs/" + digest.Replace(':', '/'), out var blob) ? blob : throw new Xunit.Sdk.XunitException($"No blob {digest}.");
    }
}
