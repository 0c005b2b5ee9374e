/** Charts drawn with Apache ECharts through a small web component in frontend/. */
package nl.tweespoor.base.ui.chart;
