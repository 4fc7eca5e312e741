// The month and day names antd's pickers show come from the dayjs locale named by antd's locale
// (`lang.locale`): loading them here once serves every picker (MonthPicker, DayPicker).
import 'dayjs/locale/ug-cn'
import 'dayjs/locale/zh-cn'
