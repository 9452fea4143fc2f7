import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { Highlighted, parseHighlight } from './highlighted';

describe('parseHighlight', () => {
  it('splits marked terms from the escaped text around them', () => {
    expect(parseHighlight('Senior <mark>React</mark> &amp; <mark>Node</mark> dev')).toEqual([
      { text: 'Senior ', marked: false },
      { text: 'React', marked: true },
      { text: ' & ', marked: false },
      { text: 'Node', marked: true },
      { text: ' dev', marked: false },
    ]);
  });

  it('decodes numeric references', () => {
    expect(parseHighlight('It&#39;s &#x263A;')).toEqual([{ text: "It's ☺", marked: false }]);
  });
});

describe('Highlighted', () => {
  it('never turns text into markup', () => {
    const { container } = render(<Highlighted html={'&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)> <mark>Designer</mark>'} />);
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script> <img src=x onerror=alert(1)> Designer');
    expect(container.querySelector('mark')?.textContent).toBe('Designer');
  });
});
