import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

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
  it('.env.example lists exactly the variables loadConfig reads', function () {
    const example = fs.readFileSync(path.resolve(__dirname, '..', '.env.example'), 'utf8');
    const listed = [...example.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1]).sort();
    const source = fs.readFileSync(path.resolve(__dirname, '..', 'src', 'config.ts'), 'utf8');
    const read = [...new Set([...source.matchAll(/get\('([A-Za-z_]+)'\)/g)].map((m) => m[1]))].sort();
    assert.deepEqual(listed, read);
  });
});
