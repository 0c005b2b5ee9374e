// A small web component around Apache ECharts: the server sets `option` (ECharts JSON) and listens for
// `chart-click` events carrying the clicked series and category.
import * as echarts from 'echarts';

class TweespoorChart extends HTMLElement {
  static get observedAttributes() {
    return ['option', 'locale'];
  }

  connectedCallback() {
    this.style.display = 'block';
    if (!this.style.height) {
      this.style.height = '18rem';
    }
    this._chart = echarts.init(this, null, { renderer: 'svg' });
    this._chart.on('click', (params) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: { series: params.seriesId || params.seriesName || '', category: params.data && params.data.key ? params.data.key : params.name || '' }
      }));
    });
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._apply();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  attributeChangedCallback() {
    this._apply();
  }

  _apply() {
    const option = this.getAttribute('option');
    if (this._chart && option) {
      this._chart.setOption(this._localised(JSON.parse(option)), true);
    }
  }

  // Numbers on value axes and in tooltips in the user's language (1.500.000 in Dutch, 1,500,000 in English).
  _localised(option) {
    const format = new Intl.NumberFormat(this.getAttribute('locale') || undefined);
    const number = (value) => (typeof value === 'number' ? format.format(value) : value);
    for (const key of ['xAxis', 'yAxis']) {
      const axes = option[key] === undefined ? [] : [].concat(option[key]);
      for (const axis of axes) {
        if (axis.type === 'value') {
          axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: number });
        }
      }
    }
    option.tooltip = Object.assign({}, option.tooltip, { valueFormatter: number });
    return option;
  }
}

customElements.define('tweespoor-chart', TweespoorChart);
