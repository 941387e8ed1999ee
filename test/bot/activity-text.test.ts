import assert from 'node:assert/strict';
import { plainTextOfMessage } from '../../src/bot/activity-text';

describe('message text from Teams', function () {
  it('drops mentions and rich-text HTML, decodes entities', function () {
    assert.equal(plainTextOfMessage('<at>Troubleshooter</at> <p>Error&nbsp;0x80180014 &amp; more</p><div>line 2</div>'), 'Error 0x80180014 & more\nline 2');
  });
  it('strips tags but keeps lone angle brackets, escaped ones and template syntax', function () {
    assert.equal(plainTextOfMessage('a < b and ${x} and <requestId>'), 'a < b and ${x} and');
    assert.equal(plainTextOfMessage('Request ID: &lt;requestId&gt;'), 'Request ID: <requestId>');
    assert.equal(plainTextOfMessage('5 &lt; 6 &#x41;&#66;'), '5 < 6 AB');
  });
  it('drops control characters from binary pastes', function () {
    assert.equal(plainTextOfMessage('a\u0000b\u0007c'), 'a b c');
  });
});
