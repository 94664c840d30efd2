; torchsmt obligation log.vjp_eq_jvp_transpose@2x3 (lemma, op log, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3),) params {}, off kinks
(set-info :source |torchsmt lemma log.vjp_eq_jvp_transpose@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) 1.0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) 0.0))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) 0.0))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) 0.0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) 0.0))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) 0.0))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x103 (* w_0_0 div!7)))
(let ((?x130 (* div!6 w_1_2)))
(let ((?x129 (* div!5 w_1_1)))
(let ((?x128 (* div!4 w_1_0)))
(let ((?x127 (* div!3 w_0_2)))
(let ((?x126 (* div!2 w_0_1)))
(let ((?x125 (* div!1 w_0_0)))
(let ((?x131 (+ ?x125 ?x126 ?x127 ?x128 ?x129 ?x130)))
(let (($x132 (= ?x131 ?x103)))
(not $x132)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) 0.0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) 1.0))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) 0.0))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) 0.0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) 0.0))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) 0.0))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x104 (* w_0_1 div!8)))
(let ((?x130 (* div!6 w_1_2)))
(let ((?x129 (* div!5 w_1_1)))
(let ((?x128 (* div!4 w_1_0)))
(let ((?x127 (* div!3 w_0_2)))
(let ((?x126 (* div!2 w_0_1)))
(let ((?x125 (* div!1 w_0_0)))
(let ((?x131 (+ ?x125 ?x126 ?x127 ?x128 ?x129 ?x130)))
(let (($x145 (= ?x131 ?x104)))
(not $x145)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) 0.0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) 0.0))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) 1.0))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) 0.0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) 0.0))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) 0.0))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x105 (* w_0_2 div!9)))
(let ((?x130 (* div!6 w_1_2)))
(let ((?x129 (* div!5 w_1_1)))
(let ((?x128 (* div!4 w_1_0)))
(let ((?x127 (* div!3 w_0_2)))
(let ((?x126 (* div!2 w_0_1)))
(let ((?x125 (* div!1 w_0_0)))
(let ((?x131 (+ ?x125 ?x126 ?x127 ?x128 ?x129 ?x130)))
(let (($x150 (= ?x131 ?x105)))
(not $x150)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) 0.0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) 0.0))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) 0.0))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) 1.0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) 0.0))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) 0.0))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x106 (* w_1_0 div!10)))
(let ((?x130 (* div!6 w_1_2)))
(let ((?x129 (* div!5 w_1_1)))
(let ((?x128 (* div!4 w_1_0)))
(let ((?x127 (* div!3 w_0_2)))
(let ((?x126 (* div!2 w_0_1)))
(let ((?x125 (* div!1 w_0_0)))
(let ((?x131 (+ ?x125 ?x126 ?x127 ?x128 ?x129 ?x130)))
(let (($x153 (= ?x131 ?x106)))
(not $x153)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) 0.0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) 0.0))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) 0.0))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) 0.0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) 1.0))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) 0.0))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x107 (* w_1_1 div!11)))
(let ((?x130 (* div!6 w_1_2)))
(let ((?x129 (* div!5 w_1_1)))
(let ((?x128 (* div!4 w_1_0)))
(let ((?x127 (* div!3 w_0_2)))
(let ((?x126 (* div!2 w_0_1)))
(let ((?x125 (* div!1 w_0_0)))
(let ((?x131 (+ ?x125 ?x126 ?x127 ?x128 ?x129 ?x130)))
(let (($x156 (= ?x131 ?x107)))
(not $x156)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= (* div!1 x0_0_0) 0.0))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= (* div!2 x0_0_1) 0.0))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= (* div!3 x0_0_2) 0.0))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= (* div!4 x0_1_0) 0.0))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= (* div!5 x0_1_1) 0.0))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= (* div!6 x0_1_2) 1.0))))
(assert
 (let (($x20 (and (distinct x0_0_0 0.0) true)))
 (=> $x20 (= 1.0 (* div!7 x0_0_0)))))
(assert
 (let (($x28 (and (distinct x0_0_1 0.0) true)))
 (=> $x28 (= 1.0 (* div!8 x0_0_1)))))
(assert
 (let (($x36 (and (distinct x0_0_2 0.0) true)))
 (=> $x36 (= 1.0 (* div!9 x0_0_2)))))
(assert
 (let (($x44 (and (distinct x0_1_0 0.0) true)))
 (=> $x44 (= 1.0 (* div!10 x0_1_0)))))
(assert
 (let (($x52 (and (distinct x0_1_1 0.0) true)))
 (=> $x52 (= 1.0 (* div!11 x0_1_1)))))
(assert
 (let (($x60 (and (distinct x0_1_2 0.0) true)))
 (=> $x60 (= 1.0 (* div!12 x0_1_2)))))
(assert
 (> x0_0_0 0.0))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (> x0_0_1 0.0))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (> x0_0_2 0.0))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (> x0_1_0 0.0))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (> x0_1_1 0.0))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (> x0_1_2 0.0))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (and (distinct x0_0_0 0.0) true))
(assert
 (and (distinct x0_0_1 0.0) true))
(assert
 (and (distinct x0_0_2 0.0) true))
(assert
 (and (distinct x0_1_0 0.0) true))
(assert
 (and (distinct x0_1_1 0.0) true))
(assert
 (and (distinct x0_1_2 0.0) true))
(assert
 (let ((?x108 (* w_1_2 div!12)))
(let ((?x130 (* div!6 w_1_2)))
(let ((?x129 (* div!5 w_1_1)))
(let ((?x128 (* div!4 w_1_0)))
(let ((?x127 (* div!3 w_0_2)))
(let ((?x126 (* div!2 w_0_1)))
(let ((?x125 (* div!1 w_0_0)))
(let ((?x131 (+ ?x125 ?x126 ?x127 ?x128 ?x129 ?x130)))
(let (($x159 (= ?x131 ?x108)))
(not $x159)))))))))))
(check-sat)
