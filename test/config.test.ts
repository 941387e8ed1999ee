import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, knowledgeDirOf, loadConfig } from '../src/config';
import { openStores } from '../src/storage/open';

describe('config', function () {
  it('fills defaults for a local, unauthenticated bot', function () {
    const c = loadConfig({});
    assert.equal(c.port, 3978);
    assert.equal(c.microsoftAppId, '');
    assert.equal(c.dataDir, path.resolve('data'));
    assert.equal(c.logLevel, 'info');
  });
  it('rejects bad values with the variable named', function () {
    assert.throws(() => loadConfig({ PORT: 'abc' }), (e: Error) => e instanceof ConfigError && /PORT/.test(e.message));
    assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
    assert.throws(() => loadConfig({ MicrosoftAppId: 'x' }), /MicrosoftAppPassword/);
    assert.throws(() => loadConfig({ MicrosoftAppType: 'Other' }), /MicrosoftAppType/);
    assert.throws(() => loadConfig({ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'x', MicrosoftAppPassword: 'y' }), /TenantId/);
    assert.throws(() => loadConfig({ STORAGE: 'mongo' }), /STORAGE/);
    assert.throws(() => loadConfig({ STORAGE: 'azure' }), /AZURE_STORAGE_CONNECTION_STRING/);
    assert.throws(() => loadConfig({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'x', AZURE_STATE_CONTAINER: 'Bad_Name' }), /AZURE_STATE_CONTAINER/);
    assert.equal(loadConfig({ STORAGE: 'Azure', AZURE_STORAGE_CONNECTION_STRING: 'x' }).storage, 'azure');
  });
  it('accepts only table prefixes that give valid names to every Azure table the stores open', async function () {
    const cs = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;';
    let longest = 0;
    for (let n = 1; n <= 70; n++) {
      let config;
      try {
        config = loadConfig({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: cs, AZURE_TABLE_PREFIX: 'p'.repeat(n) });
      } catch (e) {
        assert.ok(e instanceof ConfigError && /AZURE_TABLE_PREFIX/.test(e.message), String(e));
        continue;
      }
      longest = n;
      const stores = openStores(config); // throws if a table name is invalid
      await stores.close();
    }
    // The limit is the longest that still fits: 63 minus the longest suffix (HelpdeskChannels).
    assert.equal(longest, 63 - 'HelpdeskChannels'.length);
  });
  it('reads KNOWLEDGE_DIR trimmed and resolved, the same for the bot, the CLI and the chat', function () {
    assert.equal(knowledgeDirOf({ KNOWLEDGE_DIR: '   ' }), undefined);
    assert.equal(knowledgeDirOf({ KNOWLEDGE_DIR: ' ./my-knowledge ' }), path.resolve('my-knowledge'));
    assert.equal(loadConfig({ KNOWLEDGE_DIR: ' ./my-knowledge ' }).knowledgeDir, path.resolve('my-knowledge'));
  });
  it('.env.example lists exactly the variables loadConfig reads', function () {
    const example = fs.readFileSync(path.resolve(__dirname, '..', '.env.example'), 'utf8');
    const listed = [...example.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]).sort();
    const source = fs.readFileSync(path.resolve(__dirname, '..', 'src', 'config.ts'), 'utf8');
    const read = [...new Set([...source.matchAll(/get\('([A-Za-z_]+)'\)|env\['([A-Za-z_]+)'\]/g)].map((m) => m[1] ?? m[2]))].sort();
    assert.deepEqual(listed, read);
  });
});
