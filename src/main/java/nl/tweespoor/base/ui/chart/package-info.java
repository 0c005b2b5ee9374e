/** Charts drawn with Apache ECharts through a small web component in frontend/. */
@NullMarked
package nl.tweespoor.base.ui.chart;

import org.jspecify.annotations.NullMarked;
