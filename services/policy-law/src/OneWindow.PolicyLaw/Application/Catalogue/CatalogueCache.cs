using Google.Protobuf;
using OneWindow.PolicyLaw.V1;
using StackExchange.Redis;

namespace OneWindow.PolicyLaw.Application.Catalogue;

/// <summary>
/// Public guides in Redis: every window and kiosk of the district reads them all day, and they change
/// a few times a year. Publishing a version evicts its entries; the short expiry bounds the staleness
/// when a version published earlier takes effect at midnight.
/// </summary>
public sealed partial class CatalogueCache(IConnectionMultiplexer redis, ILogger<CatalogueCache> logger)
{
    private static readonly TimeSpan Expiry = TimeSpan.FromMinutes(5);
    private const string GuidesKey = "policy-law:guides";

    public Task<ServiceGuide> GuideAsync(string code, Func<Task<ServiceGuide>> load) =>
        GetOrLoadAsync($"policy-law:guide:{code}", ServiceGuide.Parser, load);

    public Task<ListGuidesReply> GuidesAsync(Func<Task<ListGuidesReply>> load) =>
        GetOrLoadAsync(GuidesKey, ListGuidesReply.Parser, load);

    public async Task EvictAsync(string code)
    {
        try
        {
            await redis.GetDatabase().KeyDeleteAsync([$"policy-law:guide:{code}", GuidesKey]);
        }
        catch (RedisException exception)
        {
            LogCacheUnavailable(logger, exception);
        }
    }

    private async Task<T> GetOrLoadAsync<T>(string key, MessageParser<T> parser, Func<Task<T>> load)
        where T : IMessage<T>
    {
        try
        {
            var cached = await redis.GetDatabase().StringGetAsync(key);
            if (cached.HasValue)
            {
                return parser.ParseFrom((byte[])cached!);
            }
        }
        catch (RedisException exception)
        {
            // The database answers without the cache; slower, never wrong.
            LogCacheUnavailable(logger, exception);
            return await load();
        }

        var loaded = await load();
        try
        {
            await redis.GetDatabase().StringSetAsync(key, loaded.ToByteArray(), Expiry);
        }
        catch (RedisException exception)
        {
            LogCacheUnavailable(logger, exception);
        }

        return loaded;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalogue cache (Redis) does not answer; reading the database")]
    private static partial void LogCacheUnavailable(ILogger logger, Exception exception);
}
