; torchsmt obligation div.vjp_eq_jvp_transpose@2x3_3 (lemma, op div, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3), (3,)) params {}, off kinks
(set-info :source |torchsmt lemma div.vjp_eq_jvp_transpose@2x3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 1.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x178 (= ?x177 div!13)))
(not $x178))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 1.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x203 (= ?x177 div!14)))
(not $x203))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 1.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x210 (= ?x177 div!15)))
(not $x210))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 1.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x214 (= ?x177 div!16)))
(not $x214))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 1.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x218 (= ?x177 div!17)))
(not $x218))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 1.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x222 (= ?x177 div!18)))
(not $x222))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 1.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 1.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x147 (+ (- (* div!13 div!1)) (- (* div!16 div!7)))))
(let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x226 (= ?x177 ?x147)))
(not $x226)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 1.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 1.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 0.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x148 (+ (- (* div!14 div!3)) (- (* div!17 div!9)))))
(let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x235 (= ?x177 ?x148)))
(not $x235)))))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(declare-fun w_0_0 () Real)
(declare-fun div!13 () Real)
(declare-fun w_0_1 () Real)
(declare-fun div!14 () Real)
(declare-fun w_0_2 () Real)
(declare-fun div!15 () Real)
(declare-fun w_1_0 () Real)
(declare-fun div!16 () Real)
(declare-fun w_1_1 () Real)
(declare-fun div!17 () Real)
(declare-fun w_1_2 () Real)
(declare-fun div!18 () Real)
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!1 x1_0) x0_0_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!3 x1_1) x0_0_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!5 x1_2) x0_0_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!6 x1_2) (- 0.0 (* div!5 1.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!7 x1_0) x0_1_0))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!8 x1_0) (- 0.0 (* div!7 0.0))))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!9 x1_1) x0_1_1))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!10 x1_1) (- 0.0 (* div!9 0.0))))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!11 x1_2) x0_1_2))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!12 x1_2) (- 0.0 (* div!11 1.0))))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!13 x1_0) w_0_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!14 x1_1) w_0_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!15 x1_2) w_0_2))))
(assert
 (let (($x24 (and (distinct x1_0 0.0) true)))
 (=> $x24 (= (* div!16 x1_0) w_1_0))))
(assert
 (let (($x37 (and (distinct x1_1 0.0) true)))
 (=> $x37 (= (* div!17 x1_1) w_1_1))))
(assert
 (let (($x50 (and (distinct x1_2 0.0) true)))
 (=> $x50 (= (* div!18 x1_2) w_1_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x149 (+ (- (* div!15 div!5)) (- (* div!18 div!11)))))
(let ((?x176 (* div!12 w_1_2)))
(let ((?x175 (* div!10 w_1_1)))
(let ((?x174 (* div!8 w_1_0)))
(let ((?x173 (* div!6 w_0_2)))
(let ((?x172 (* div!4 w_0_1)))
(let ((?x171 (* div!2 w_0_0)))
(let ((?x177 (+ ?x171 ?x172 ?x173 ?x174 ?x175 ?x176)))
(let (($x244 (= ?x177 ?x149)))
(not $x244)))))))))))
(check-sat)
