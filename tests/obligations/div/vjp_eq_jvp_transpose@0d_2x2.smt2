; torchsmt obligation div.vjp_eq_jvp_transpose@0d_2x2 (lemma, op div, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((), (2, 2)) params {}, off kinks
(set-info :source |torchsmt lemma div.vjp_eq_jvp_transpose@0d_2x2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!9 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!10 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!11 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 1.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 1.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- 1.0 (* div!5 0.0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- 1.0 (* div!7 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) w_1_0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) w_1_1))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let ((?x92 (+ div!9 div!10 div!11 div!12)))
(let ((?x118 (* div!8 w_1_1)))
(let ((?x117 (* div!6 w_1_0)))
(let ((?x116 (* div!4 w_0_1)))
(let ((?x115 (* div!2 w_0_0)))
(let ((?x119 (+ ?x115 ?x116 ?x117 ?x118)))
(let (($x120 (= ?x119 ?x92)))
(not $x120)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!9 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!10 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!11 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 1.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) w_1_0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) w_1_1))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let ((?x97 (- (* div!9 div!1))))
(let ((?x118 (* div!8 w_1_1)))
(let ((?x117 (* div!6 w_1_0)))
(let ((?x116 (* div!4 w_0_1)))
(let ((?x115 (* div!2 w_0_0)))
(let ((?x119 (+ ?x115 ?x116 ?x117 ?x118)))
(let (($x137 (= ?x119 ?x97)))
(not $x137)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!9 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!10 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!11 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 1.0))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) w_1_0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) w_1_1))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let ((?x98 (- (* div!10 div!3))))
(let ((?x118 (* div!8 w_1_1)))
(let ((?x117 (* div!6 w_1_0)))
(let ((?x116 (* div!4 w_0_1)))
(let ((?x115 (* div!2 w_0_0)))
(let ((?x119 (+ ?x115 ?x116 ?x117 ?x118)))
(let (($x151 (= ?x119 ?x98)))
(not $x151)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!9 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!10 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!11 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- 0.0 (* div!5 1.0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) w_1_0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) w_1_1))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let ((?x99 (- (* div!11 div!5))))
(let ((?x118 (* div!8 w_1_1)))
(let ((?x117 (* div!6 w_1_0)))
(let ((?x116 (* div!4 w_0_1)))
(let ((?x115 (* div!2 w_0_0)))
(let ((?x119 (+ ?x115 ?x116 ?x117 ?x118)))
(let (($x159 (= ?x119 ?x99)))
(not $x159)))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0 () Real)
(declare-fun x1_0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x1_1_0 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x1_1_1 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!9 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!10 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!11 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!1 x1_0_0) x0))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!2 x1_0_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!3 x1_0_1) x0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!4 x1_0_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!5 x1_1_0) x0))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!6 x1_1_0) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!7 x1_1_1) x0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!8 x1_1_1) (- 0.0 (* div!7 1.0))))))
(assert
 (let (($x16 (and (distinct x1_0_0 0.0) true)))
 (=> $x16 (= (* div!9 x1_0_0) w_0_0))))
(assert
 (let (($x29 (and (distinct x1_0_1 0.0) true)))
 (=> $x29 (= (* div!10 x1_0_1) w_0_1))))
(assert
 (let (($x42 (and (distinct x1_1_0 0.0) true)))
 (=> $x42 (= (* div!11 x1_1_0) w_1_0))))
(assert
 (let (($x55 (and (distinct x1_1_1 0.0) true)))
 (=> $x55 (= (* div!12 x1_1_1) w_1_1))))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (and (distinct x1_0_0 0.0) true))
(assert
 (and (distinct x1_0_1 0.0) true))
(assert
 (and (distinct x1_1_0 0.0) true))
(assert
 (and (distinct x1_1_1 0.0) true))
(assert
 (let ((?x100 (- (* div!12 div!7))))
(let ((?x118 (* div!8 w_1_1)))
(let ((?x117 (* div!6 w_1_0)))
(let ((?x116 (* div!4 w_0_1)))
(let ((?x115 (* div!2 w_0_0)))
(let ((?x119 (+ ?x115 ?x116 ?x117 ?x118)))
(let (($x164 (= ?x119 ?x100)))
(not $x164)))))))))
(check-sat)
