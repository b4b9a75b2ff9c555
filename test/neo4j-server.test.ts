// The local Neo4j that tests run against is real: Bolt with authentication on.
import neo4j from 'neo4j-driver';
import { testDriver } from './neo4j-env.js';

describe('local Neo4j over Bolt', () => {
  test('answers Cypher with the configured credentials', async () => {
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery(
        'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS v',
      );
      expect(records[0].get('name')).toBe('Neo4j Kernel');
      expect(records[0].get('v')).toMatch(/^5\.26\./);
    } finally {
      await driver.close();
    }
  });

  test('rejects a wrong password', async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', 'not-the-password'));
    try {
      await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await driver.close();
    }
  });
});
