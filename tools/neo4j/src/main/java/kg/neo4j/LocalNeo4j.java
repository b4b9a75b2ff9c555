// Runs a real embedded Neo4j 5.26 Community DBMS with the Bolt connector on 127.0.0.1, auth on.
// Used by `pnpm neo4j:start` and by the jest global setup on machines without Docker. KG_NEO4J_CONF may
// name a neo4j.conf-style file of extra settings (see README.md).
package kg.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class LocalNeo4j {
    private static final String DEFAULT_PASSWORD = "kg-password";

    public static void main(String[] args) throws Exception {
        String home = env("KG_NEO4J_HOME", ".kg/neo4j");
        int port = Integer.parseInt(env("KG_NEO4J_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        if (password.length() < 8) {
            fail("NEO4J_PASSWORD must be at least 8 characters (Neo4j's minimum)");
        }
        checkPortFree(port);
        Path homeDir = Path.of(home).toAbsolutePath();
        Files.createDirectories(homeDir);
        // LOAD CSV may read only files under <home>/import (kept empty), never file:/// URLs, and may
        // fetch no URL at all: the graph's console must not become a file reader or a request proxy.
        Path importDir = Files.createDirectories(homeDir.resolve("import"));

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(homeDir)
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")));
        // Optional neo4j.conf-style overrides (e.g. for measuring other settings).
        String conf = System.getenv("KG_NEO4J_CONF");
        if (conf != null && !conf.isEmpty()) {
            builder.loadPropertiesFromFile(Path.of(conf));
        }
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("kg-neo4j stopped");
            System.out.flush();
            stopped.countDown();
        }));

        setPassword(dbms, password);
        System.out.println("kg-neo4j ready bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    // The system database starts with neo4j/neo4j (change required); embedded access has admin rights.
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("same")) {
                throw e;
            }
        }
    }

    private static void checkPortFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            fail("port 127.0.0.1:" + port + " is already in use (set KG_NEO4J_PORT to another port)");
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static void fail(String message) {
        System.err.println("kg-neo4j: " + message);
        System.exit(2);
    }
}
