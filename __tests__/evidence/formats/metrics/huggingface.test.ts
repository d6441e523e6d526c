import { describe, expect, it } from '@jest/globals';
import { huggingfaceCard, parseModelCard } from '../../../../src/evidence/formats/metrics/huggingface.js';
import { DEFAULT_ENTRY_LIMITS } from '../../../../src/evidence/limits.js';
import { EvidenceError } from '../../../../src/evidence/result.js';
import { fixture } from '../../helpers.js';
import { readFixture, refusal } from '../read.js';

const card = (file: string, dataset?: string) =>
  readFixture(huggingfaceCard, `huggingface/${file}`, 'metrics', dataset === undefined ? {} : { dataset });

describe('Hugging Face model card format', () => {
  it('reads a card with one result', () => {
    expect(card('deberta-v3-base-cls-verified.yml').metrics).toEqual({
      accuracy: { value: 0.917969 },
      loss: { value: 0.21741 },
    });
    expect(card('whisper-large-el-trainer.yml').metrics.wer.value).toBeCloseTo(8.998885586924219, 12);
  });

  it('reads the front matter of a README.md, with lines counted from the top of the file', () => {
    const text = fixture('huggingface/README-whisper-large-v2-fi.md');
    const doc = parseModelCard(text, 'README.md', DEFAULT_ENTRY_LIMITS);
    const lines = text.split('\n');
    expect(doc?.locate(['model-index', 0])).toBe(lines.indexOf('- name: Whisper Large V2 Finnish') + 1);
    expect(card('README-whisper-large-v2-fi.md', 'FLEURS').format).toBe('huggingface');
  });

  it("chooses the manifest's dataset and says so when the card has several", () => {
    const evidence = card('whisper-medium-is-percent-strings.yml', 'samromur');
    expect(evidence.metrics).toEqual({ wer: { value: 10.08 } });
    expect(evidence.notes[0]).toMatch(/read the model card's results for dataset 'samromur'/);
    expect(evidence.notes[1]).toMatch(/'10\.08%' read as 10\.08 \(percent scale/);
    expect(card('deberta-v3-large-nli-comma-decimals.yml', 'ANLI-r3').metrics).toEqual({
      accuracy: { value: 0.64 },
    });
  });

  it('refuses a card with several results and no choice, listing them', () => {
    expect(refusal(() => card('whisper-large-v2-fi.yml')).message).toMatch(
      /results for 2 datasets: 'Common Voice 11\.0' .*'FLEURS'.*choose one with `evaluation\.dataset`/,
    );
  });

  it('refuses a card with `results: []`, pointing at the results', () => {
    const err = refusal(() => card('whisper-small-en-empty-results.yml'));
    expect(err.message).toMatch(/has no evaluation results \(results: \[\]\)/);
    expect(err.at).toEqual(['model-index', 0, 'results']);
  });

  it('parses whole any text that is not a card, and refuses a .md without front matter', () => {
    expect(parseModelCard('{"auc": 0.9}', 'metrics.json', DEFAULT_ENTRY_LIMITS)).toBeUndefined();
    expect(() => parseModelCard('# My model\n', 'README.md', DEFAULT_ENTRY_LIMITS)).toThrow(EvidenceError);
  });
});
